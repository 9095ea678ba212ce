import DutyDeskCore
import Foundation

/// The moderation forms and boxes, framed over the screen. Every reader-written piece (a name,
/// a typed comment) is passed through `TerminalSafeText` before it is drawn.
enum ModerationFormView {
    static let width = 84

    static func draw(_ form: ModerationForm, _ state: AppState, on canvas: inout Canvas) {
        let (title, text) = content(form, state)
        var scroll = 0
        if case .message(let box) = form { scroll = box.scroll }
        text.draw(title: title, width: width, scroll: scroll, in: state, on: &canvas)
    }

    /// The box's title and lines for the form as it stands.
    static func content(_ form: ModerationForm, _ state: AppState) -> (String, ModalText) {
        let language = state.language
        func t(_ text: Localized) -> String { text.text(language) }
        var text = ModalText()
        let title: String
        switch form {
        case .block(let block):
            title = t(Localized(ru: "Блокировка автора", en: "Block the author")) + " — " + block.item.label
            BlockFormText.lines(block, state, into: &text)
        case .delete(let delete):
            title = t(Localized(ru: "Удалить комментарий", en: "Delete the comment")) + " — " + delete.item.label
            if delete.choosingComment {
                text.add(t(Localized(ru: "Какой комментарий читателя удалить?", en: "Which of the reader's comments?")))
                for (index, comment) in delete.comments.enumerated() {
                    let marker = index == delete.comment ? "▸ " : "  "
                    text.add(marker + "\(index + 1) " + comment.excerpt, index == delete.comment ? .selected : .normal)
                }
                text.blank()
                text.add(t(Localized(ru: "Enter — далее, Esc — отмена", en: "Enter next, Esc cancel")), .muted)
                return (title, text)
            }
            if let chosen = delete.chosenComment {
                text.add(t(Localized(ru: "Комментарий: ", en: "Comment: ")) + "«" + chosen.excerpt + "»", .header)
                text.blank()
            }
            text.add(t(Localized(ru: "Причина (обязательна, п. 3.5 и 6.7):", en: "Reason (required, 3.5 and 6.7):")))
            reasonChoices(selected: delete.reason, into: &text, language)
            if delete.confirming {
                text.blank()
                let reason = delete.chosenReason.shortName
                text.add(t(Localized(ru: "Удалить комментарий (причина: \(reason.ru))? Текст останется в базе с пометкой «удалён». y — да, n — назад",
                                     en: "Delete the comment (reason: \(reason.en))? Its text stays in the database, marked deleted. y yes, n back")),
                         .warning)
            }
        case .close(let form):
            title = t(Localized(ru: "Закрыть без ответа", en: "Close without a reply")) + " — " + form.subject
            textField(form, prompt: Localized(ru: "Причина (например, «спам удалён», «благодарность, ответ не нужен»):",
                                              en: "Reason (e.g. 'spam removed', 'a thank-you, no answer needed'):"),
                      question: Localized(ru: "Закрыть без ответа? y — да, n — назад", en: "Close without a reply? y yes, n back"),
                      into: &text, language)
        case .unblock(let form):
            title = t(Localized(ru: "Разблокировать", en: "Unblock")) + " — " + form.subject
            textField(form, prompt: Localized(ru: "Пометка (необязательно):", en: "Note (optional):"),
                      question: Localized(ru: "Снять блокировку сейчас? y — да, n — назад", en: "Lift the block now? y yes, n back"),
                      into: &text, language)
        case .mark(let menu):
            title = t(Localized(ru: "Отметить", en: "Mark")) + " — " + menu.item.label
            let check = { (on: Bool) in on ? "[✓]" : "[ ]" }
            text.add("1/к/*  " + check(menu.isCritical) + " " + t(Localized(ru: "критическое замечание (п. 3.6)", en: "critical remark (3.6)")))
            text.add("2/ж/!  " + check(menu.isComplaint) + " " + t(Localized(ru: "жалоба (п. 3.7)", en: "complaint (3.7)")))
            text.blank()
            text.add(t(Localized(ru: "Клавиша ставит отметку или снимает её. Esc — ничего не менять. В списке то же делают * и ! без меню.",
                                 en: "A key sets the mark or removes it. Esc changes nothing. In the list, * and ! do the same without the menu.")), .muted)
        case .confirm(let box):
            title = t(box.title)
            for line in box.lines { text.add(t(line)) }
            text.blank()
            text.add(t(Localized(ru: "y — да, n — нет", en: "y yes, n no")), .warning)
        case .message(let box):
            title = t(box.title)
            for (index, line) in box.lines.enumerated() { text.add(t(line), index == 0 ? box.role : .normal) }
            text.blank()
            text.add(t(Localized(ru: "Enter — закрыть, ↑↓ — прокрутка", en: "Enter: close, ↑↓ scroll")), .muted)
        case .working(let message):
            title = t(message)
            text.add(t(message), .muted)
        }
        return (title, text)
    }

    static func reasonChoices(selected: Int, into text: inout ModalText, _ language: Language) {
        for (index, reason) in BlockReason.allCases.enumerated() {
            let wording = reason.wording.text(language)
            let marker = index == selected ? "▸ " : "  "
            text.add(marker + "\(index + 1) \(wording)", index == selected ? .selected : .normal)
        }
    }

    static func textField(_ form: TextForm, prompt: Localized, question: Localized, into text: inout ModalText,
                          _ language: Language) {
        text.add(prompt.text(language))
        text.add("> " + TerminalSafeText.line(form.text) + (form.confirming ? "" : "▏"), .header)
        if let error = form.error {
            text.add(error.text(language), .error)
        }
        text.blank()
        text.add(form.confirming ? question.text(language)
                                 : Localized(ru: "Enter — далее, Esc — отмена", en: "Enter next, Esc cancel").text(language),
                 form.confirming ? .warning : .muted)
    }
}

/// The block form's lines for its current step; what was chosen stays in view above.
enum BlockFormText {
    static func lines(_ form: BlockForm, _ state: AppState, into text: inout ModalText) {
        let language = state.language
        func t(_ text: Localized) -> String { text.text(language) }
        if form.step == .reason {
            text.add(t(Localized(ru: "Причина (п. 6.7 регламента):", en: "Reason (regulation 6.7):")))
            ModerationFormView.reasonChoices(selected: form.reason, into: &text, language)
        } else {
            text.add(t(Localized(ru: "Причина: ", en: "Reason: ")) + t(ModerationTexts.reason(form.chosenReason)))
        }
        switch form.step {
        case .reason:
            break
        case .term:
            text.add(t(Localized(ru: "Срок:", en: "Term:")))
            for index in 0..<BlockForm.termCount {
                let marker = index == form.term ? "▸ " : "  "
                text.add(marker + "\(index + 1) " + t(BlockForm.termLabel(index)), index == form.term ? .selected : .normal)
            }
        case .date:
            text.add(t(Localized(ru: "Дата окончания (ГГГГ-ММ-ДД, блокировка по этот день включительно):",
                                 en: "End date (YYYY-MM-DD, blocked through that day):")))
            text.add("> " + TerminalSafeText.line(form.date) + "▏", .header)
        case .comment, .confirm:
            text.add(t(Localized(ru: "Срок: ", en: "Term: ")) + termSummary(form, state))
            if form.step == .comment {
                text.add(t(Localized(ru: "Комментарий (необязательно):", en: "Comment (optional):")))
                text.add("> " + TerminalSafeText.line(form.comment) + "▏", .header)
            } else {
                let comment = form.comment.trimmingCharacters(in: .whitespaces)
                text.add(t(Localized(ru: "Комментарий: ", en: "Comment: "))
                         + (comment.isEmpty ? "—" : TerminalSafeText.line(comment)))
                text.blank()
                text.add(t(Localized(ru: "Заблокировать автора на странице \(form.item.pageID)? y — да, n — назад",
                                     en: "Block the author on page \(form.item.pageID)? y yes, n back")), .warning)
            }
        }
        if let error = form.error {
            text.blank()
            text.add(t(error), .error)
        }
        if form.step != .confirm {
            text.blank()
            text.add(t(Localized(ru: "Enter — далее, Esc — назад", en: "Enter next, Esc back")), .muted)
        }
    }

    /// "1 неделя, до 2026-11-16 15:00 (Europe/Moscow)" or "навсегда".
    static func termSummary(_ form: BlockForm, _ state: AppState) -> String {
        let language = state.language
        guard let term = form.resolved else { return "" }
        guard let end = form.end else { return term.label.text(language) }
        let zone = BlockFormUpdate.zone(form.item.pageID, state)
        let local = LocalTimeText.local(end, in: zone) + " (\(zone.identifier))"
        let label = term.label.text(language)
        return label + ", " + Localized(ru: "до \(local)", en: "until \(local)").text(language)
    }
}
