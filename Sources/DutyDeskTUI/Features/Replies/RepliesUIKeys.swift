import DutyDeskCore

/// Where the replies feature has the keys: its panel, or a form it opened.
public enum RepliesKeyContext: Hashable, Sendable {
    case panel
}

public enum RepliesUICommand: Hashable, Sendable {}

enum RepliesUIKeys {
    /// A form of this feature that has the keys now, if any; asked before the panels.
    static func modalContext(_ state: AppState) -> RepliesKeyContext? { nil }

    /// The context while the outbox panel is shown.
    static func panelContext(_ state: AppState) -> RepliesKeyContext { .panel }

    static func bindings(for context: RepliesKeyContext) -> [KeyBinding] {
        switch context {
        case .panel: [KeyMap.back(Localized(ru: "вернуться во входящие", en: "back to the inbox"))] + KeyMap.panels
        }
    }

    /// Keys this feature adds to the inbox list and to an opened item.
    static let inboxBindings: [KeyBinding] = []
    static let detailBindings: [KeyBinding] = []
}
