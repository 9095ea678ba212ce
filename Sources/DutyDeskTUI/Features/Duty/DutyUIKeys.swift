import DutyDeskCore

/// Where the duty feature has the keys: its panel, or a form it opened.
public enum DutyKeyContext: Hashable, Sendable {
    case panel
}

public enum DutyUICommand: Hashable, Sendable {}

enum DutyUIKeys {
    /// A form of this feature that has the keys now, if any; asked before the panels.
    static func modalContext(_ state: AppState) -> DutyKeyContext? { nil }

    /// The context while the duty panel is shown.
    static func panelContext(_ state: AppState) -> DutyKeyContext { .panel }

    static func bindings(for context: DutyKeyContext) -> [KeyBinding] {
        switch context {
        case .panel: [KeyMap.back(Localized(ru: "вернуться во входящие", en: "back to the inbox"))] + KeyMap.panels
        }
    }

    /// Keys this feature adds to the inbox list and to an opened item.
    static let inboxBindings: [KeyBinding] = []
    static let detailBindings: [KeyBinding] = []
}
