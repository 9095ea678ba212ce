import DutyDeskCore

/// Where the moderation feature has the keys: its panel, or a form it opened.
public enum ModerationKeyContext: Hashable, Sendable {
    case panel
    /// A list of choices (a reason, a term).
    case choosing
    /// A line of text; every printable key types.
    case typing
    case confirming
    case marking
    case reading
    case working
}

public enum ModerationUICommand: Hashable, Sendable {
    // On the inbox list and an opened item.
    case block, unblock, delete, escalate, close, reopen, mark, toggleComplaint, toggleCritical
    // In the forms.
    case choiceUp, choiceDown, choiceByDigit, next, stepBack, erase, yes, no, markCritical, markComplaint, dismiss
    // On the blocks panel.
    case rowUp, rowDown, cycleScope, cyclePage, unblockRow
}

enum ModerationUIKeys {
    /// A form of this feature that has the keys now, if any; asked before the panels.
    static func modalContext(_ state: AppState) -> ModerationKeyContext? {
        guard let form = state.moderation.form else { return nil }
        switch form {
        case .block(let block):
            switch block.step {
            case .reason, .term: return .choosing
            case .date, .comment: return .typing
            case .confirm: return .confirming
            }
        case .delete(let delete): return delete.confirming ? .confirming : .choosing
        case .close(let text), .unblock(let text): return text.confirming ? .confirming : .typing
        case .mark: return .marking
        case .confirm: return .confirming
        case .message: return .reading
        case .working: return .working
        }
    }

    /// The context while the blocks panel is shown.
    static func panelContext(_ state: AppState) -> ModerationKeyContext { .panel }

    static func l(_ ru: String, _ en: String) -> Localized { Localized(ru: ru, en: en) }

    static func bind(_ keys: [Key], label: String? = nil, _ hint: Localized, _ help: Localized,
                     _ command: ModerationUICommand, footer: Bool = false, footerLabel: String? = nil) -> KeyBinding {
        KeyBinding(keys, label: label, hint: hint, help: help, .moderation(command), footer: footer, footerLabel: footerLabel)
    }

    static func bindings(for context: ModerationKeyContext) -> [KeyBinding] {
        switch context {
        case .panel: panel
        case .choosing: choosing
        case .typing: typing
        case .confirming: confirming
        case .marking: marking
        case .reading: reading
        case .working: working
        }
    }

    static let panel: [KeyBinding] = [
        bind([.up, .character("k")], label: "↑/k", l("выбор", "move"), l("вверх", "up"), .rowUp, footer: true,
             footerLabel: "↑↓/jk"),
        bind([.down, .character("j")], label: "↓/j", l("вниз", "down"), l("вниз", "down"), .rowDown),
        bind([.character("s")], l("срок", "state"),
             l("показать: действующие, прошлые, все", "show: current, past, all"), .cycleScope, footer: true),
        bind([.character("p")], l("страница", "page"), l("следующая страница в фильтре", "next page filter"), .cyclePage,
             footer: true),
        bind([.character("u")], l("разблокировать", "unblock"),
             l("снять выбранную блокировку (спросит подтверждение)", "lift the selected block (asks first)"), .unblockRow,
             footer: true),
        KeyMap.back(l("вернуться во входящие", "back to the inbox")),
    ] + KeyMap.panels

    static let choosing: [KeyBinding] = [
        bind([.up, .character("k")], label: "↑/k", l("выбор", "choose"), l("предыдущий вариант", "previous choice"),
             .choiceUp, footer: true, footerLabel: "↑↓/jk"),
        bind([.down, .character("j")], label: "↓/j", l("вниз", "down"), l("следующий вариант", "next choice"), .choiceDown),
        bind("123456789".map { .character($0) }, label: "1–9", l("вариант", "pick"), l("выбрать вариант по номеру", "pick a choice by its number"),
             .choiceByDigit, footer: true),
        bind([.enter], l("далее", "next"), l("принять и перейти дальше", "accept and go on"), .next, footer: true),
        bind([.escape], l("назад", "back"), l("шаг назад (на первом шаге — отмена)", "one step back (cancels on the first)"),
             .stepBack, footer: true),
        KeyMap.forceQuit,
    ]

    static let typing: [KeyBinding] = [
        bind([.enter], l("далее", "next"), l("принять и перейти дальше", "accept and go on"), .next, footer: true),
        bind([.backspace, .delete], label: "⌫", l("стереть", "erase"), l("стереть символ", "erase a character"), .erase,
             footer: true),
        bind([.escape], l("назад", "back"), l("шаг назад (на первом шаге — отмена)", "one step back (cancels on the first)"),
             .stepBack, footer: true),
        KeyMap.forceQuit,
    ]

    static let confirming: [KeyBinding] = [
        bind([.character("y"), .character("Y"), .character("д"), .character("Д"), .enter], label: "y/д/Enter",
             l("да", "yes"), l("подтвердить", "confirm"), .yes, footer: true),
        bind([.character("n"), .character("N"), .character("н"), .character("Н"), .escape], label: "n/н/Esc",
             l("нет", "no"), l("не делать (шаг назад)", "do not (one step back)"), .no, footer: true),
        KeyMap.forceQuit,
    ]

    static let marking: [KeyBinding] = [
        bind([.character("1"), .character("к"), .character("*")], label: "1/к/*", l("критическое", "critical"),
             l("отметить как критическое замечание (п. 3.6) или снять отметку", "mark as a critical remark (3.6) or unmark"),
             .markCritical, footer: true),
        bind([.character("2"), .character("ж"), .character("!")], label: "2/ж/!", l("жалоба", "complaint"),
             l("отметить как жалобу (п. 3.7) или снять отметку", "mark as a complaint (3.7) or unmark"),
             .markComplaint, footer: true),
        bind([.escape], l("отмена", "cancel"), l("ничего не менять", "change nothing"), .dismiss, footer: true),
        KeyMap.forceQuit,
    ]

    static let reading: [KeyBinding] = [
        bind([.enter, .escape, .character(" ")], label: "Enter/Esc", l("закрыть", "close"), l("закрыть", "close"), .dismiss,
             footer: true),
        bind([.up, .character("k")], label: "↑/k", l("прокрутка", "scroll"), l("прокрутить вверх", "scroll up"), .choiceUp,
             footer: true, footerLabel: "↑↓/jk"),
        bind([.down, .character("j")], label: "↓/j", l("вниз", "down"), l("прокрутить вниз", "scroll down"), .choiceDown),
        KeyMap.forceQuit,
    ]

    static let working: [KeyBinding] = [
        bind([.escape], l("скрыть", "hide"), l("скрыть; ответ базы покажется, когда придёт", "hide; the answer shows when it comes"),
             .dismiss, footer: true),
        KeyMap.forceQuit,
    ]

    /// Keys this feature adds to the inbox list and to an opened item.
    static let inboxBindings: [KeyBinding] = [
        bind([.character("b")], l("блок", "block"),
             l("заблокировать автора: причина (п. 6.7), срок, комментарий", "block the author: reason (6.7), term, comment"),
             .block),
        bind([.character("u")], l("разблок", "unblock"), l("разблокировать автора (с пометкой)", "unblock the author (with a note)"),
             .unblock),
        bind([.character("d")], l("удалить", "delete"),
             l("удалить оскорбительный комментарий (п. 3.5), с причиной", "delete an offensive comment (3.5), with a reason"),
             .delete),
        bind([.character("e")], l("руководителю", "escalate"),
             l("передать жалобу руководителю отдела (п. 3.7)", "pass a complaint to the head of the department (3.7)"),
             .escalate),
        bind([.character("x")], l("закрыть", "close"),
             l("закрыть без ответа, с причиной (п. 3.6)", "close without a reply, with a reason (3.6)"),
             .close),
        bind([.character("o")], l("открыть снова", "reopen"), l("открыть закрытое обращение снова", "reopen a closed item"),
             .reopen),
        // The same signs the list shows in its marks column: ! a complaint, ✱ a critical remark.
        bind([.character("!")], l("жалоба", "complaint"),
             l("жалоба (п. 3.7): отметить или снять отметку", "complaint (3.7): mark or unmark"), .toggleComplaint),
        bind([.character("*")], l("критическое", "critical"),
             l("критическое замечание (п. 3.6): отметить или снять", "critical remark (3.6): mark or unmark"),
             .toggleCritical),
        bind([.character("m")], l("отметить", "mark"),
             l("меню отметок (то же, что * и !)", "the marks menu (same as * and !)"), .mark),
    ]
    static let detailBindings: [KeyBinding] = inboxBindings
}
