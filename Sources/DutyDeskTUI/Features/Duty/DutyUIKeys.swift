import DutyDeskCore

/// Where the duty feature has the keys: its panel, or a form it opened.
public enum DutyKeyContext: Hashable, Sendable {
    /// The schedule of a page the operator may edit.
    case panel
    /// The schedule of a page the operator may only look at: the edit keys still answer, with why not.
    case readOnlyPanel
    case picker, confirmDelete, shiftForm, absenceForm, coverForm, generateForm, rotationPreview, refusal
}

public enum DutyUICommand: Hashable, Sendable {
    case previousWeek, nextWeek, thisWeek, nextPage
    case up, down, first, last
    case add, move, lengthen, shorten, delete, reassign, swap, absence, generate
    /// In forms: the field or row above/below, the value before/after, accept, close, erase.
    case fieldUp, fieldDown, valuePrevious, valueNext, submit, cancel, erase
}

enum DutyUIKeys {
    /// A form of this feature that has the keys now, if any; asked before the panels.
    static func modalContext(_ state: AppState) -> DutyKeyContext? {
        switch state.duty.form {
        case nil: nil
        case .reassign: .picker
        case .confirmDelete: .confirmDelete
        case .shift: .shiftForm
        case .absence: .absenceForm
        case .cover: .coverForm
        case .generate: .generateForm
        case .rotationPreview: .rotationPreview
        case .refusal: .refusal
        }
    }

    /// The context while the duty panel is shown.
    static func panelContext(_ state: AppState) -> DutyKeyContext {
        DutyAccess.refusal(state) == nil ? .panel : .readOnlyPanel
    }

    static func l(_ ru: String, _ en: String) -> Localized { Localized(ru: ru, en: en) }

    static func bindings(for context: DutyKeyContext) -> [KeyBinding] {
        switch context {
        case .panel: navigation + editing(footer: true) + [back] + KeyMap.panels
        case .readOnlyPanel: navigation + editing(footer: false) + [back] + KeyMap.panels
        case .picker: picker
        case .confirmDelete: confirm
        case .shiftForm, .absenceForm: form
        case .generateForm: generateForm
        case .rotationPreview: applyRotation
        case .coverForm: cover
        case .refusal: [KeyBinding([.escape, .enter, .character(" ")], label: "Esc/Enter", hint: l("понятно", "close"),
                                   help: l("закрыть", "close"), .duty(.cancel), footer: true), KeyMap.forceQuit]
        }
    }

    static let back = KeyBinding([.escape], hint: l("назад", "back"), help: l("вернуться во входящие", "back to the inbox"),
                                 .back, footer: true)

    static let navigation: [KeyBinding] = [
        KeyBinding([.up, .character("k")], label: "↑/k", hint: l("смена", "shift"), help: l("предыдущая смена", "previous shift"),
                   .duty(.up), footer: true, footerLabel: "↑↓/jk"),
        KeyBinding([.down, .character("j")], label: "↓/j", hint: l("смена", "shift"), help: l("следующая смена", "next shift"),
                   .duty(.down)),
        KeyBinding([.home], hint: l("первая", "first"), help: l("первая смена недели", "first shift of the week"),
                   .duty(.first)),
        KeyBinding([.end], hint: l("последняя", "last"), help: l("последняя смена недели", "last shift of the week"),
                   .duty(.last)),
        KeyBinding([.character("["), .left], label: "[/←", hint: l("неделя", "week"), help: l("предыдущая неделя", "previous week"),
                   .duty(.previousWeek), footer: true, footerLabel: "[ ]"),
        KeyBinding([.character("]"), .right], label: "]/→", hint: l("неделя", "week"), help: l("следующая неделя", "next week"),
                   .duty(.nextWeek)),
        KeyBinding([.character("t")], hint: l("эта неделя", "this week"), help: l("вернуться к этой неделе", "back to this week"),
                   .duty(.thisWeek)),
        KeyBinding([.character("p")], hint: l("страница", "page"), help: l("следующая страница (и весь отдел после его страниц)", "next page (and the whole department after its pages)"),
                   .duty(.nextPage), footer: true),
    ]

    static func editing(footer: Bool) -> [KeyBinding] {
        [
            KeyBinding([.character("r")], hint: l("заменить", "reassign"),
                       help: l("передать смену другому администратору страницы", "give the shift to another administrator"),
                       .duty(.reassign), footer: footer),
            KeyBinding([.character("a")], hint: l("добавить", "add"), help: l("добавить смену", "add a shift"), .duty(.add),
                       footer: footer),
            KeyBinding([.character("m")], hint: l("перенести", "move"), help: l("перенести смену на другой день или час",
                                                                                 "move the shift to another day or hour"),
                       .duty(.move)),
            KeyBinding([.character("+"), .character("=")], label: "+", hint: l("длиннее", "longer"),
                       help: l("продлить смену на 30 минут", "lengthen the shift by 30 minutes"), .duty(.lengthen)),
            KeyBinding([.character("-")], hint: l("короче", "shorter"),
                       help: l("сократить смену на 30 минут", "shorten the shift by 30 minutes"), .duty(.shorten)),
            KeyBinding([.character("x"), .delete], label: "x/Del", hint: l("удалить", "delete"),
                       help: l("удалить смену (спросит)", "delete the shift (asks first)"), .duty(.delete)),
            KeyBinding([.character("s")], hint: l("обмен", "swap"),
                       help: l("обменять смены: отметить одну, затем другую", "swap shifts: mark one, then the other"),
                       .duty(.swap), footer: footer),
            KeyBinding([.character("A")], hint: l("отсутствие", "absence"),
                       help: l("записать отпуск или больничный и найти замену (п. 5.15)",
                               "record a vacation or sick leave and find cover (5.15)"), .duty(.absence), footer: footer),
            KeyBinding([.character("g")], hint: l("ротация", "rotation"),
                       help: l("составить график по кругу на период (сначала предпросмотр)",
                               "generate a rotation for a period (preview first)"), .duty(.generate)),
        ]
    }

    static let picker: [KeyBinding] = [
        KeyBinding([.up, .character("k")], label: "↑/k", hint: l("выбор", "choose"), help: l("выше", "up"), .duty(.fieldUp),
                   footer: true, footerLabel: "↑↓/jk"),
        KeyBinding([.down, .character("j")], label: "↓/j", hint: l("ниже", "down"), help: l("ниже", "down"), .duty(.fieldDown)),
        KeyBinding([.enter], hint: l("передать", "assign"), help: l("передать смену выбранному", "give the shift to this person"),
                   .duty(.submit), footer: true),
        KeyBinding([.escape], hint: l("отмена", "cancel"), help: l("ничего не менять", "change nothing"), .duty(.cancel),
                   footer: true),
        KeyMap.forceQuit,
    ]

    static let confirm: [KeyBinding] = [
        KeyBinding([.character("y"), .character("Y"), .character("д"), .character("Д"), .enter], label: "y/д",
                   hint: l("удалить", "delete"), help: l("удалить смену", "delete the shift"), .duty(.submit), footer: true),
        KeyBinding([.character("n"), .character("N"), .character("н"), .character("Н"), .escape], label: "n/н/Esc",
                   hint: l("оставить", "keep"), help: l("не удалять", "keep the shift"), .duty(.cancel), footer: true),
        KeyMap.forceQuit,
    ]

    static let applyRotation: [KeyBinding] = [
        KeyBinding([.up, .character("k")], label: "↑/k", hint: l("прокрутка", "scroll"), help: l("список смен выше", "scroll the shifts up"),
                   .duty(.fieldUp), footer: true, footerLabel: "↑↓"),
        KeyBinding([.down, .character("j")], label: "↓/j", hint: l("прокрутка", "scroll"), help: l("список смен ниже", "scroll the shifts down"),
                   .duty(.fieldDown)),
        KeyBinding([.pageUp], hint: l("страница", "page"), help: l("список смен на страницу выше", "scroll the shifts a page up"),
                   .duty(.valuePrevious)),
        KeyBinding([.pageDown], hint: l("страница", "page"), help: l("список смен на страницу ниже", "scroll the shifts a page down"),
                   .duty(.valueNext)),
        KeyBinding([.enter, .character("y"), .character("д")], label: "Enter/y", hint: l("применить", "apply"),
                   help: l("записать предложенный график", "write the proposed rotation"), .duty(.submit), footer: true),
        KeyBinding([.escape, .character("n"), .character("н")], label: "Esc/n", hint: l("отмена", "cancel"),
                   help: l("ничего не записывать", "write nothing"), .duty(.cancel), footer: true),
        KeyMap.forceQuit,
    ]

    static let form: [KeyBinding] = [
        KeyBinding([.up, .backTab], label: "↑", hint: l("поле", "field"), help: l("предыдущее поле", "previous field"),
                   .duty(.fieldUp), footer: true, footerLabel: "↑↓/Tab"),
        KeyBinding([.down, .tab], label: "↓/Tab", hint: l("поле", "field"), help: l("следующее поле", "next field"),
                   .duty(.fieldDown)),
        KeyBinding([.left], hint: l("значение", "value"), help: l("предыдущее значение (день, человек, причина)",
                                                                  "previous value (day, person, reason)"),
                   .duty(.valuePrevious), footer: true, footerLabel: "←→"),
        KeyBinding([.right], hint: l("значение", "value"), help: l("следующее значение", "next value"), .duty(.valueNext)),
        KeyBinding([.backspace], label: "⌫", hint: l("стереть", "erase"), help: l("стереть символ", "erase a character"),
                   .duty(.erase)),
        KeyBinding([.enter], hint: l("сохранить", "save"), help: l("сохранить", "save"), .duty(.submit), footer: true),
        KeyBinding([.escape], hint: l("отмена", "cancel"), help: l("ничего не менять", "change nothing"), .duty(.cancel),
                   footer: true),
        KeyMap.forceQuit,
    ]

    /// The rotation form: Enter shows the preview, it writes nothing (the dialog says so too).
    static let generateForm: [KeyBinding] = form.map { binding in
        guard binding.command == .duty(.submit) else { return binding }
        return KeyBinding([.enter], hint: l("предпросмотр", "preview"),
                          help: l("показать предлагаемый график (ничего не записывает)", "show the proposed rotation (writes nothing)"),
                          .duty(.submit), footer: true)
    }

    static let cover: [KeyBinding] = [
        KeyBinding([.up, .character("k")], label: "↑/k", hint: l("смена", "shift"), help: l("предыдущая смена", "previous shift"),
                   .duty(.fieldUp), footer: true, footerLabel: "↑↓/jk"),
        KeyBinding([.down, .character("j")], label: "↓/j", hint: l("смена", "shift"), help: l("следующая смена", "next shift"),
                   .duty(.fieldDown)),
        KeyBinding([.left, .character("h")], label: "←/h", hint: l("кто", "who"),
                   help: l("другой заменяющий (или без замены)", "another colleague (or none)"), .duty(.valuePrevious),
                   footer: true, footerLabel: "←→"),
        KeyBinding([.right, .character("l")], label: "→/l", hint: l("кто", "who"), help: l("следующий заменяющий", "next colleague"),
                   .duty(.valueNext)),
        KeyBinding([.enter], hint: l("назначить", "assign"), help: l("назначить выбранные замены", "assign the chosen colleagues"),
                   .duty(.submit), footer: true),
        KeyBinding([.escape], hint: l("позже", "later"), help: l("оставить смены без замены", "leave the shifts uncovered"),
                   .duty(.cancel), footer: true),
        KeyMap.forceQuit,
    ]

    /// Keys this feature adds to the inbox list and to an opened item.
    static let inboxBindings: [KeyBinding] = []
    static let detailBindings: [KeyBinding] = []
}

/// Who may change the schedule shown: `ScheduleEditing`, asked with the panel's page.
enum DutyAccess {
    static func refusal(_ state: AppState) -> ScheduleEditDenied? {
        guard let pageID = state.duty.targetPageID else { return nil }
        return ScheduleEditing.refusal(page: pageID, by: state.session.staff)
    }
}
