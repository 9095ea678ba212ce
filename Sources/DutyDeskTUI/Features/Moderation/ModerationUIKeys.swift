import DutyDeskCore

/// Where the moderation feature has the keys: its panel, or a form it opened.
public enum ModerationKeyContext: Hashable, Sendable {
    case panel
}

public enum ModerationUICommand: Hashable, Sendable {}

enum ModerationUIKeys {
    /// A form of this feature that has the keys now, if any; asked before the panels.
    static func modalContext(_ state: AppState) -> ModerationKeyContext? { nil }

    /// The context while the blocks panel is shown.
    static func panelContext(_ state: AppState) -> ModerationKeyContext { .panel }

    static func bindings(for context: ModerationKeyContext) -> [KeyBinding] {
        switch context {
        case .panel: [KeyMap.back(Localized(ru: "вернуться во входящие", en: "back to the inbox"))] + KeyMap.panels
        }
    }

    /// Keys this feature adds to the inbox list and to an opened item.
    static let inboxBindings: [KeyBinding] = []
    static let detailBindings: [KeyBinding] = []
}
