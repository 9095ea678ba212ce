import DutyDeskCore

/// Every key binding, per context. Add keys here; the footer and the help follow by themselves.
public enum KeyMap {
    public static func bindings(for context: KeyContext) -> [KeyBinding] {
        switch context {
        case .inbox: inbox + RepliesUIKeys.inboxBindings + ModerationUIKeys.inboxBindings + DutyUIKeys.inboxBindings
            + ReportsUIKeys.inboxBindings + panels
        case .detail: detail + RepliesUIKeys.detailBindings + ModerationUIKeys.detailBindings + DutyUIKeys.detailBindings
            + ReportsUIKeys.detailBindings + panels
        case .placeholder: [back(Localized(ru: "вернуться во входящие", en: "back to the inbox"))] + panels
        case .filterMenu: filterMenu
        case .help: help
        case .confirmQuit: confirmQuit
        case .searchPrompt: searchPrompt
        case .tooSmall: [quit, forceQuit, redraw]
        case .replies(let form): RepliesUIKeys.bindings(for: form)
        case .moderation(let form): ModerationUIKeys.bindings(for: form)
        case .duty(let form): DutyUIKeys.bindings(for: form)
        case .reports(let form): ReportsUIKeys.bindings(for: form)
        }
    }

    /// The binding for `key` in `context`, if any.
    public static func binding(for key: Key, in context: KeyContext) -> KeyBinding? {
        bindings(for: context).first { $0.keys.contains(key) }
    }

    static func l(_ ru: String, _ en: String) -> Localized { Localized(ru: ru, en: en) }

    static let moveKeys: [KeyBinding] = [
        KeyBinding([.up, .character("k")], label: "↑/k", hint: l("выбор", "move"),
                   help: l("вверх", "up"), .moveUp, footer: true, footerLabel: "↑↓/jk"),
        KeyBinding([.down, .character("j")], label: "↓/j", hint: l("вниз", "down"), help: l("вниз", "down"), .moveDown),
        KeyBinding([.pageUp], hint: l("стр. вверх", "page up"), help: l("на экран вверх", "one screen up"), .pageUp),
        KeyBinding([.pageDown], hint: l("стр. вниз", "page down"), help: l("на экран вниз", "one screen down"), .pageDown),
        KeyBinding([.character("g"), .home], hint: l("в начало", "top"), help: l("в начало", "to the top"), .top),
        KeyBinding([.character("G"), .end], hint: l("в конец", "bottom"), help: l("в конец", "to the bottom"), .bottom),
    ]

    static let inbox: [KeyBinding] = moveKeys + [
        KeyBinding([.enter], hint: l("открыть", "open"),
                   help: l("открыть переписку (отмечает прочтение, п. 3.4)", "open the thread (marks it read, 3.4)"),
                   .open, footer: true),
        KeyBinding([.character("/")], hint: l("поиск", "search"),
                   help: l("искать по автору и тексту", "search author and text"), .search, footer: true),
        KeyBinding([.character("n")], hint: l("далее", "next"), help: l("следующее совпадение", "next match"), .nextMatch),
        KeyBinding([.character("N")], hint: l("назад", "previous"), help: l("предыдущее совпадение", "previous match"),
                   .previousMatch),
        KeyBinding([.character("f")], hint: l("фильтры", "filters"),
                   help: l("фильтры: страница, тип, статус", "filters: page, kind, status"), .filters, footer: true),
        KeyBinding([.character("p")], hint: l("страница", "page"), help: l("следующая страница в фильтре", "next page filter"),
                   .cyclePage),
        KeyBinding([.character("t")], hint: l("тип", "kind"),
                   help: l("тип: все, сообщения, комментарии", "kind: all, messages, comments"), .cycleKind),
        KeyBinding([.character("s")], hint: l("статус", "status"),
                   help: l("статус: не прочитано, открытые, просрочено, отвечено, все",
                           "status: unread, open, overdue, answered, all"), .cycleStatus),
        KeyBinding([.escape], hint: l("сбросить поиск", "clear search"), help: l("сбросить поиск", "clear the search"), .back),
    ]

    static let detail: [KeyBinding] = [
        KeyBinding([.up, .character("k")], label: "↑/k", hint: l("прокрутка", "scroll"),
                   help: l("прокрутить вверх", "scroll up"), .moveUp, footer: true, footerLabel: "↑↓/jk"),
        KeyBinding([.down, .character("j")], label: "↓/j", hint: l("вниз", "down"), help: l("прокрутить вниз", "scroll down"),
                   .moveDown),
        KeyBinding([.pageUp], hint: l("стр. вверх", "page up"), help: l("на экран вверх", "one screen up"), .pageUp),
        KeyBinding([.pageDown], hint: l("стр. вниз", "page down"), help: l("на экран вниз", "one screen down"), .pageDown),
        KeyBinding([.character("g"), .home], hint: l("в начало", "top"), help: l("к первому сообщению", "to the first message"), .top),
        KeyBinding([.character("G"), .end], hint: l("в конец", "bottom"), help: l("к последнему сообщению", "to the last message"),
                   .bottom),
        back(l("назад к списку", "back to the list")),
    ]

    static func back(_ help: Localized) -> KeyBinding {
        KeyBinding([.escape, .left], label: "Esc/←", hint: l("назад", "back"), help: help, .back, footer: true)
    }

    static let quit = KeyBinding([.character("q")], hint: l("выход", "quit"),
                                 help: l("выйти (спросит, если что-то не сохранено)", "quit (asks first if something is unsaved)"),
                                 .quit, footer: true)
    static let forceQuit = KeyBinding([.control("c")], hint: l("выход", "quit"), help: l("выйти сразу", "quit at once"), .forceQuit)
    static let redraw = KeyBinding([.control("l")], hint: l("перерисовать", "redraw"),
                                   help: l("перерисовать экран", "redraw the screen"), .redraw)

    /// The panel-level keys every panel shares.
    static let panels: [KeyBinding] = [
        KeyBinding([.tab], hint: l("панель", "panel"), help: l("следующая панель", "next panel"), .nextPanel),
        KeyBinding([.backTab], hint: l("панель", "panel"), help: l("предыдущая панель", "previous panel"), .previousPanel),
        KeyBinding("12345".map { .character($0) }, label: "1–5", hint: l("панели", "panels"),
                   // Short enough for the help box at 100 columns: the label says the digits.
                   help: l("панели: входящие, исходящие, дежурства, отчёты, блокировки",
                           "panels: inbox, outbox, duty, reports, blocks"), .panelByDigit),
        KeyBinding([.character("D")], hint: l("дежурства", "duty"), help: l("график дежурств", "the duty schedule"), .dutyPanel),
        KeyBinding([.character("?")], hint: l("справка", "help"), help: l("эта справка", "this help"), .help, footer: true),
        quit, forceQuit, redraw,
    ]

    static let filterMenu: [KeyBinding] = [
        KeyBinding([.up, .character("k")], label: "↑/k", hint: l("строка", "row"), help: l("предыдущая строка", "previous row"),
                   .menuUp, footer: true, footerLabel: "↑↓/jk"),
        KeyBinding([.down, .character("j")], label: "↓/j", hint: l("строка", "row"), help: l("следующая строка", "next row"), .menuDown),
        KeyBinding([.right, .character("l"), .character(" ")], label: "→/l/Space", hint: l("значение", "value"),
                   help: l("следующее значение", "next value"), .valueNext, footer: true, footerLabel: "←→/hl"),
        KeyBinding([.left, .character("h")], label: "←/h", hint: l("значение", "value"), help: l("предыдущее значение", "previous value"),
                   .valuePrevious),
        KeyBinding([.enter, .escape, .character("f")], label: "Enter/Esc/f", hint: l("готово", "done"),
                   help: l("закрыть фильтры", "close the filters"), .closeMenu, footer: true),
        KeyBinding([.character("?")], hint: l("справка", "help"), help: l("справка", "help"), .help),
        forceQuit, redraw,
    ]

    static let help: [KeyBinding] = [
        KeyBinding([.up, .character("k")], label: "↑/k", hint: l("прокрутка", "scroll"), help: l("прокрутить вверх", "scroll up"),
                   .moveUp, footer: true, footerLabel: "↑↓/jk"),
        KeyBinding([.down, .character("j")], label: "↓/j", hint: l("вниз", "down"), help: l("вниз", "down"), .moveDown),
        KeyBinding([.escape, .character("?"), .enter], label: "Esc/?/Enter", hint: l("закрыть", "close"),
                   help: l("закрыть справку", "close the help"), .closeMenu, footer: true),
        quit, forceQuit, redraw,
    ]

    static let confirmQuit: [KeyBinding] = [
        KeyBinding([.character("y"), .character("Y"), .character("д"), .character("Д")], label: "y/д", hint: l("выйти", "quit"),
                   help: l("выйти", "quit"), .confirmYes, footer: true),
        KeyBinding([.character("n"), .character("N"), .character("н"), .character("Н"), .escape], label: "n/н/Esc",
                   hint: l("остаться", "stay"), help: l("остаться", "stay"), .confirmNo, footer: true),
        forceQuit,
    ]

    static let searchPrompt: [KeyBinding] = [
        KeyBinding([.enter], hint: l("найти", "search"), help: l("искать", "search"), .promptAccept, footer: true),
        KeyBinding([.escape], hint: l("отмена", "cancel"), help: l("отменить поиск", "cancel"), .promptCancel, footer: true),
        KeyBinding([.backspace, .delete], label: "⌫", hint: l("стереть", "erase"), help: l("стереть символ", "erase a character"),
                   .promptErase, footer: true),
        forceQuit,
    ]
}
