/// The clauses of the regulation that moderation refusals quote. The Russian text is the
/// regulation's own wording, word for word (its typo in 3.6 included: a quotation is not
/// corrected); the English is a translation for an English interface.
public enum RegulationClause: String, Sendable, CaseIterable {
    case everyMessageIsRead = "3.4"
    case offensiveCommentsAreRemoved = "3.5"
    case criticalRemarksAreAnswered = "3.6"
    case complaintsGoToTheHead = "3.7"
    case blockingReasons = "6.7"

    /// The clause number as the regulation writes it, e.g. "3.6".
    public var number: String { rawValue }

    /// The sentence that decides the matter, as a quotation.
    public var text: Localized {
        switch self {
        case .everyMessageIsRead:
            Localized(
                ru: "любые сообщения пользователей обязательны к прочтению администраторами страниц сообществ",
                en: "every message from users must be read by the pages' administrators")
        case .offensiveCommentsAreRemoved:
            Localized(
                ru: "Намеренно грубые и оскорбительные высказывания со стороны пользователей по отношению к "
                    + "администратору, библиотеке и ее сотрудникам, к другим пользователям должны пресекаться "
                    + "корректно, но оперативно путем удаления оскорбительных комментариев и, при необходимости, "
                    + "включения пользователя в черный список.",
                en: "Deliberately rude and offensive remarks by users about the administrator, the library, its staff "
                    + "or other users must be stopped politely but promptly by deleting the offensive comments and, "
                    + "if necessary, blacklisting the user.")
        case .criticalRemarksAreAnswered:
            Localized(
                ru: "Критические комментарии пользователей по профилю деятельности библиотеки, а не могут быть "
                    + "удалены или проигнорированы.",
                en: "Users' critical comments about the library's work cannot be deleted or ignored.")
        case .complaintsGoToTheHead:
            Localized(
                ru: "Все жалобы по профилю деятельности библиотеки, поступающие от пользователей, должны быть "
                    + "переданы руководителю отдела.",
                en: "All complaints from users about the library's work must be passed on to the head of the department.")
        case .blockingReasons:
            Localized(
                ru: "Блокировка пользователей допускается в следующих случаях: "
                    + BlockReason.allCases.map(\.regulationText).joined(separator: "; ") + ".",
                en: "Blocking users is allowed in the following cases: "
                    + BlockReason.allCases.map(\.englishText).joined(separator: "; ") + ".")
        }
    }

    /// "п. 3.6 регламента: «…»" — the form every refusal ends with.
    public var quotation: Localized {
        Localized(ru: "п. \(number) регламента: «\(text.ru)»", en: "regulation \(number): \u{201C}\(text.en)\u{201D}")
    }
}
