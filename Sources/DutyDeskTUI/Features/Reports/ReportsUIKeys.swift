import DutyDeskCore

/// Where the reports feature has the keys: its panel, or a form it opened.
public enum ReportsKeyContext: Hashable, Sendable {
    case panel
    /// The panel for someone who sees one page only: no `p` to go through pages.
    case onePagePanel
    /// The panel that says why the figures are not shown: neither `p` nor `[ ]` would do anything.
    case refusedPanel
    /// The item history modal.
    case history
}

public enum ReportsUICommand: Hashable, Sendable {
    case scrollUp, scrollDown, scrollPageUp, scrollPageDown, scrollTop, scrollBottom
    case cyclePage, previousQuarter, nextQuarter
    case openHistory, closeHistory
}

enum ReportsUIKeys {
    /// A form of this feature that has the keys now, if any; asked before the panels.
    static func modalContext(_ state: AppState) -> ReportsKeyContext? {
        state.reports.history == nil ? nil : .history
    }

    /// The context while the reports panel is shown.
    static func panelContext(_ state: AppState) -> ReportsKeyContext {
        if state.reports.refusal != nil { return .refusedPanel }
        // Asked of the roles, not of the figures, so the footer is right before the first count ends.
        do {
            // nil: the curator's every page.
            if let pages = try ReportAccess.reportPages(requested: [], by: state.session.staff), pages.count <= 1 {
                return .onePagePanel
            }
            return .panel
        } catch {
            return .refusedPanel
        }
    }

    static func bindings(for context: ReportsKeyContext) -> [KeyBinding] {
        switch context {
        case .panel: scrollKeys + panelKeys + [back] + KeyMap.panels
        case .onePagePanel: scrollKeys + quarterKeys + [back] + KeyMap.panels
        case .refusedPanel: scrollKeys + [back] + KeyMap.panels
        case .history: scrollKeys + historyKeys
        }
    }

    static func l(_ ru: String, _ en: String) -> Localized { Localized(ru: ru, en: en) }

    static let scrollKeys: [KeyBinding] = [
        KeyBinding([.up, .character("k")], label: "↑/k", hint: l("прокрутка", "scroll"), help: l("прокрутить вверх", "scroll up"),
                   .reports(.scrollUp), footer: true, footerLabel: "↑↓/jk"),
        KeyBinding([.down, .character("j")], label: "↓/j", hint: l("вниз", "down"), help: l("прокрутить вниз", "scroll down"),
                   .reports(.scrollDown)),
        KeyBinding([.pageUp], hint: l("стр. вверх", "page up"), help: l("на экран вверх", "one screen up"), .reports(.scrollPageUp)),
        KeyBinding([.pageDown], hint: l("стр. вниз", "page down"), help: l("на экран вниз", "one screen down"),
                   .reports(.scrollPageDown)),
        KeyBinding([.character("g"), .home], hint: l("в начало", "top"), help: l("в начало", "to the top"), .reports(.scrollTop)),
        KeyBinding([.character("G"), .end], hint: l("в конец", "bottom"), help: l("в конец", "to the bottom"),
                   .reports(.scrollBottom)),
    ]

    static let back = KeyMap.back(l("вернуться во входящие", "back to the inbox"))

    static let panelKeys: [KeyBinding] = [
        KeyBinding([.character("p")], hint: l("страница", "page"),
                   help: l("показатели одной страницы или всех по очереди", "one page's figures, or every page's, in turn"),
                   .reports(.cyclePage), footer: true),
    ] + quarterKeys

    static let quarterKeys: [KeyBinding] = [
        KeyBinding([.character("[")], hint: l("квартал", "quarter"), help: l("предыдущий квартал", "the previous quarter"),
                   .reports(.previousQuarter), footer: true, footerLabel: "[ ]"),
        KeyBinding([.character("]")], hint: l("след. квартал", "next quarter"),
                   help: l("следующий квартал (не дальше текущего)", "the next quarter (up to the current one)"), .reports(.nextQuarter)),
    ]

    static let historyKeys: [KeyBinding] = [
        KeyBinding([.escape, .character("h"), .enter], label: "Esc/h/Enter", hint: l("закрыть", "close"),
                   help: l("закрыть историю", "close the history"), .reports(.closeHistory), footer: true),
        KeyBinding([.character("?")], hint: l("справка", "help"), help: l("справка", "help"), .help),
        KeyMap.forceQuit, KeyMap.redraw,
    ]

    static let openHistory = KeyBinding([.character("h")], hint: l("история", "history"),
                                        help: l("история обращения: кто и что делал, по журналу (п. 5.14)",
                                                "the item's history: who did what, from the audit log (5.14)"),
                                        .reports(.openHistory))

    /// Keys this feature adds to the inbox list and to an opened item.
    static let inboxBindings: [KeyBinding] = [openHistory]
    static let detailBindings: [KeyBinding] = [openHistory]
}
