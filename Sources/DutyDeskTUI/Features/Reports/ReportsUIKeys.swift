import DutyDeskCore

/// Where the reports feature has the keys: its panel, or a form it opened.
public enum ReportsKeyContext: Hashable, Sendable {
    case panel
}

public enum ReportsUICommand: Hashable, Sendable {}

enum ReportsUIKeys {
    /// A form of this feature that has the keys now, if any; asked before the panels.
    static func modalContext(_ state: AppState) -> ReportsKeyContext? { nil }

    /// The context while the reports panel is shown.
    static func panelContext(_ state: AppState) -> ReportsKeyContext { .panel }

    static func bindings(for context: ReportsKeyContext) -> [KeyBinding] {
        switch context {
        case .panel: [KeyMap.back(Localized(ru: "вернуться во входящие", en: "back to the inbox"))] + KeyMap.panels
        }
    }

    /// Keys this feature adds to the inbox list and to an opened item.
    static let inboxBindings: [KeyBinding] = []
    static let detailBindings: [KeyBinding] = []
}
