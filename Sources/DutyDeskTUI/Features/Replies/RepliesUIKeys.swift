import DutyDeskCore

/// Where the replies feature has the keys: its panel, or a form it opened.
public enum RepliesKeyContext: Hashable, Sendable {
    case panel
    case picker
    case composer
    /// The composer asks yes or no (send despite warnings, take a colleague's draft over).
    case question
    /// The composer asks which request type a free-text reply is (5.12).
    case category
}

public enum RepliesUICommand: Hashable, Sendable {
    /// `r`: reply to the selected or opened item.
    case reply
    case pickerUp, pickerDown, pickerChoose, pickerFreeText, pickerErase, pickerClose
    /// Arrows, Home/End, Backspace/Delete, Enter: the key says which.
    case edit
    case nextField
    case addTemplate
    case togglePersonalData
    case externalEditor
    case send
    case closeComposer
    case answerYes, answerNo
    /// PgUp/PgDn: scroll the check box when its message is longer than the box.
    case messageUp, messageDown
    case categoryUp, categoryDown, categoryChoose
    case outboxUp, outboxDown, markPosted, copyAgain
}

enum RepliesUIKeys {
    /// A form of this feature that has the keys now, if any; asked before the panels.
    static func modalContext(_ state: AppState) -> RepliesKeyContext? {
        if state.replies.picker != nil { return .picker }
        if let composer = state.replies.composer {
            switch composer.question {
            case nil: return .composer
            case .category: return .category
            case .sendDespite, .takeOver: return .question
            }
        }
        return nil
    }

    /// The context while the outbox panel is shown.
    static func panelContext(_ state: AppState) -> RepliesKeyContext { .panel }

    static func l(_ ru: String, _ en: String) -> Localized { Localized(ru: ru, en: en) }

    static func bindings(for context: RepliesKeyContext) -> [KeyBinding] {
        switch context {
        case .panel: outbox + [KeyMap.back(l("вернуться во входящие", "back to the inbox"))] + KeyMap.panels
        case .picker: picker
        case .composer: composer
        case .question: question
        case .category: category
        }
    }

    static let send = KeyBinding(
        [.function(2), .control("s")], label: "F2/Ctrl-S", hint: l("отправить", "send"),
        help: l("проверить и отправить; Ctrl-S — если её не занял терминал", "check and send; Ctrl-S only if the terminal lets it through"),
        .replies(.send), footer: true, footerLabel: "F2")

    /// `?` is text in these forms, so F1 opens the help.
    static let help = KeyBinding([.function(1)], hint: l("справка", "help"), help: l("справка по клавишам", "the keys"),
                                 .help, footer: true)

    static let picker: [KeyBinding] = [
        KeyBinding([.up], hint: l("выбор", "move"), help: l("предыдущий шаблон", "previous template"), .replies(.pickerUp),
                   footer: true, footerLabel: "↑↓"),
        KeyBinding([.down], hint: l("вниз", "down"), help: l("следующий шаблон", "next template"), .replies(.pickerDown)),
        KeyBinding([.enter], hint: l("взять", "use"), help: l("добавить шаблон в ответ", "add the template to the reply"),
                   .replies(.pickerChoose), footer: true),
        KeyBinding([.control("n")], hint: l("без шаблона", "free text"),
                   help: l("своими словами, без шаблона (так и записывается, п. 6.8)", "own words, no template (recorded as such, 6.8)"),
                   .replies(.pickerFreeText), footer: true),
        KeyBinding([.backspace, .delete], label: "⌫", hint: l("стереть", "erase"), help: l("стереть символ поиска", "erase a search character"),
                   .replies(.pickerErase)),
        KeyBinding([.escape], hint: l("закрыть", "close"), help: l("закрыть выбор шаблона", "close the picker"),
                   .replies(.pickerClose), footer: true),
        help, KeyMap.forceQuit, KeyMap.redraw,
    ]

    static let composer: [KeyBinding] = [
        send,
        KeyBinding([.tab], hint: l("поле", "field"),
                   help: l("к следующему полю {{…}} (после шаблона первое уже выбрано): набранное заменит его",
                           "to the next {{…}} field (after a template the first is selected already): typing replaces it"),
                   .replies(.nextField), footer: true),
        KeyBinding([.control("t")], hint: l("шаблон", "template"), help: l("добавить ещё шаблон в конец ответа", "append another template"),
                   .replies(.addTemplate), footer: true),
        KeyBinding([.control("p")], hint: l("перс. данные", "personal data"),
                   help: l("нужны перс. данные читателя (снимает запрет п. 3.6)", "needs the reader's personal data (lifts rule 3.6)"),
                   .replies(.togglePersonalData), footer: true),
        KeyBinding([.control("e")], hint: l("редактор", "editor"), help: l("открыть текст в $VISUAL / $EDITOR", "edit the text in $VISUAL / $EDITOR"),
                   .replies(.externalEditor), footer: true),
        help,
        KeyBinding([.escape], hint: l("закрыть", "close"),
                   help: l("закрыть (черновик сохраняется и вернётся по r)", "close (the draft is kept and comes back with r)"),
                   .replies(.closeComposer), footer: true),
        KeyBinding([.left, .right, .up, .down], label: "←→↑↓", hint: l("курсор", "cursor"), help: l("двигать курсор", "move the cursor"),
                   .replies(.edit)),
        KeyBinding([.home, .end], label: "Home/End", hint: l("строка", "line"), help: l("к началу / концу строки", "to the start / end of the row"),
                   .replies(.edit)),
        KeyBinding([.backspace, .delete], label: "⌫/Del", hint: l("стереть", "erase"),
                   help: l("стереть символ перед / после курсора", "erase before / after the cursor"), .replies(.edit)),
        KeyBinding([.enter], hint: l("новая строка", "new line"), help: l("новая строка", "a new line"), .replies(.edit)),
        messageUp, messageDown,
        KeyMap.forceQuit, KeyMap.redraw,
    ]

    static let messageUp = KeyBinding([.pageUp], label: "PgUp", hint: l("сообщение выше", "message up"),
                                      help: l("прокрутить сообщение под текстом вверх", "scroll the message under the text up"),
                                      .replies(.messageUp))
    static let messageDown = KeyBinding([.pageDown], label: "PgDn", hint: l("сообщение ниже", "message down"),
                                        help: l("прокрутить сообщение под текстом вниз", "scroll the message under the text down"),
                                        .replies(.messageDown))

    /// No text field has focus here, so j/k move like the arrows (as in every other list).
    static let category: [KeyBinding] = [
        KeyBinding([.up, .character("k")], label: "↑/k", hint: l("выбор", "move"), help: l("предыдущий вид запроса", "previous request type"),
                   .replies(.categoryUp), footer: true, footerLabel: "↑↓/jk"),
        KeyBinding([.down, .character("j")], label: "↓/j", hint: l("вниз", "down"), help: l("следующий вид запроса", "next request type"),
                   .replies(.categoryDown)),
        KeyBinding([.enter], hint: l("отправить", "send"), help: l("записать этот вид запроса и отправить", "record this request type and send"),
                   .replies(.categoryChoose), footer: true),
        KeyBinding([.escape], hint: l("назад", "back"), help: l("вернуться к тексту, не отправляя", "back to the text, not sent"),
                   .replies(.answerNo), footer: true),
        KeyMap.forceQuit,
    ]

    static let question: [KeyBinding] = [
        KeyBinding([.character("y"), .character("Y"), .character("д"), .character("Д")], label: "y/д", hint: l("да", "yes"),
                   help: l("да", "yes"), .replies(.answerYes), footer: true),
        KeyBinding([.character("n"), .character("N"), .character("н"), .character("Н"), .escape], label: "n/н/Esc",
                   hint: l("нет", "no"), help: l("нет, вернуться к тексту", "no, back to the text"), .replies(.answerNo), footer: true),
        messageUp, messageDown,
        KeyMap.forceQuit,
    ]

    static let outbox: [KeyBinding] = [
        KeyBinding([.up, .character("k")], label: "↑/k", hint: l("выбор", "move"), help: l("выше", "up"), .replies(.outboxUp),
                   footer: true, footerLabel: "↑↓/jk"),
        KeyBinding([.down, .character("j")], label: "↓/j", hint: l("вниз", "down"), help: l("ниже", "down"), .replies(.outboxDown)),
        KeyBinding([.character("p")], hint: l("опубликован", "posted"),
                   help: l("отметить, что ответ опубликован на странице", "mark the reply as posted on the page"),
                   .replies(.markPosted), footer: true),
        KeyBinding([.character("c")], hint: l("копировать", "copy"),
                   help: l("снова скопировать текст ответа в буфер обмена", "copy the reply's text to the clipboard again"),
                   .replies(.copyAgain), footer: true),
    ]

    /// Keys this feature adds to the inbox list and to an opened item.
    static let reply = KeyBinding([.character("r")], hint: l("ответить", "reply"),
                                  help: l("ответить: выбрать шаблон (или продолжить черновик)", "reply: pick a template (or continue the draft)"),
                                  .replies(.reply), footer: true)
    static let inboxBindings: [KeyBinding] = [reply]
    static let detailBindings: [KeyBinding] = [reply]
}
