import DutyDeskCore

/// The boxes the feature shows for refusals and results, worded once.
enum ModerationBoxes {
    static func refusal(_ text: Localized) -> MessageBox {
        MessageBox(title: Localized(ru: "Нельзя", en: "Not allowed"), lines: [text], role: .error)
    }

    static let working = Localized(ru: "Сохраняю…", en: "Saving…")

    static let readOnly = Localized(
        ru: "Этот экран только для просмотра: изменения здесь не сохраняются.",
        en: "This screen is read-only: nothing is changed from here.")
}
