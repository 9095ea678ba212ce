import DutyDeskCore

/// The composer: who the reply is for, the templates in it, the text with its cursor and the
/// field Tab selected, the live checks, and the composer's problem or question.
enum ComposerView {
    static func draw(_ composer: ComposerState, _ state: AppState, on canvas: inout Canvas) {
        let language = state.language
        let geometry = ComposerGeometry(size: state.size)
        let box = geometry.box
        let left = box.left + 2
        let width = box.innerWidth
        let channel = composer.item.channel == .comment ? Localized(ru: "комментарий", en: "comment")
                                                        : Localized(ru: "личное сообщение", en: "private message")
        box.draw(title: Localized(ru: "Ответ", en: "Reply").text(language) + " — #\(composer.item.itemID), "
                     + channel.text(language) + ", " + TerminalSafeText.line(composer.item.readerName), on: &canvas)

        let templates = composer.templateIDs.isEmpty ? Localized(ru: "своими словами", en: "own words").text(language)
                                                     : composer.templateIDs.joined(separator: ", ")
        let personal = composer.personalData ? Localized(ru: "перс. данные: да", en: "personal data: yes")
                                             : Localized(ru: "перс. данные: нет", en: "personal data: no")
        let saved: Localized = composer.revision == 0 && composer.savedRevision == 0
            ? Localized(ru: "", en: "")
            : composer.isSaved ? Localized(ru: "черновик сохранён", en: "draft saved")
                               : Localized(ru: "сохраняется…", en: "saving…")
        let info = [Localized(ru: "Шаблоны: ", en: "Templates: ").text(language) + templates, personal.text(language),
                    saved.text(language)].filter { !$0.isEmpty }.joined(separator: " · ")
        canvas.write(TextFitting.truncate(info, to: width), row: box.top + 1, column: left, role: .muted)

        drawText(composer, state, geometry, on: &canvas)
        drawChecks(composer, state, geometry, on: &canvas)
    }

    /// What the checks found, as character ranges: a blocking phrase in red, a warning in yellow.
    static func flaggedRanges(_ composer: ComposerState, _ state: AppState) -> [(range: Range<Int>, role: StyleRole)] {
        guard let catalog = state.replies.templates?.catalog else { return [] }
        let text = composer.text.text
        return ComposerUpdate.report(composer, catalog).findings.flatMap { finding in
            finding.ranges.map { range in
                let start = text.distance(from: text.startIndex, to: range.lowerBound)
                let end = text.distance(from: text.startIndex, to: range.upperBound)
                return (start..<end, finding.severity == .block ? StyleRole.error : StyleRole.warning)
            }
        }.sorted { $0.role == .error && $1.role != .error }
    }

    static func drawText(_ composer: ComposerState, _ state: AppState, _ geometry: ComposerGeometry,
                         on canvas: inout Canvas) {
        let characters = composer.text.characters
        let layout = ComposerLayout(characters, width: geometry.textWidth)
        let cursor = layout.position(of: composer.text.cursor)
        let fields = ComposerText.fields(in: characters)
        let flagged = flaggedRanges(composer, state)
        let selection = composer.text.selection
        let left = geometry.box.left + 2
        // After a resize the kept scroll may no longer show the cursor: the view makes sure it does.
        var scroll = min(composer.scroll, cursor.row)
        if cursor.row >= scroll + geometry.textRows { scroll = cursor.row - geometry.textRows + 1 }
        for (offset, row) in layout.rows.dropFirst(scroll).prefix(geometry.textRows).enumerated() {
            let y = geometry.textTop + offset
            var x = left
            for index in row.start..<row.end {
                let shown = TerminalSafeText.line(String(characters[index]))
                let role: StyleRole = selection?.contains(index) == true ? .selected
                    : flagged.first { $0.range.contains(index) }?.role
                    ?? (fields.contains { $0.contains(index) } ? .warning : .normal)
                x = canvas.write(shown, row: y, column: x, role: role)
            }
            if scroll + offset == cursor.row, composer.question == nil {
                // The cursor: the character under it reversed, or a bar after the text.
                let column = left + cursor.column
                if composer.text.cursor < row.end, selection == nil {
                    let under = TerminalSafeText.line(String(characters[composer.text.cursor]))
                    canvas.write(under, row: y, column: column, role: .selected)
                } else if selection == nil {
                    canvas.write("▏", row: y, column: column, role: .selected)
                }
            }
        }
    }

    static func drawChecks(_ composer: ComposerState, _ state: AppState, _ geometry: ComposerGeometry,
                           on canvas: inout Canvas) {
        let language = state.language
        let box = geometry.box
        let left = box.left + 2
        let width = box.innerWidth
        let bottom = box.top + box.height - 1
        canvas.fill(row: bottom - 4, from: box.left + 1, to: box.left + box.width - 1, role: .normal)
        canvas.write(String(repeating: "─", count: width), row: bottom - 4, column: left, role: .border)
        if let catalog = state.replies.templates?.catalog {
            let report = ComposerUpdate.report(composer, catalog)
            let text: String
            let role: StyleRole
            if report.isClean {
                text = Localized(ru: "Проверки: замечаний нет", en: "Checks: nothing found").text(language)
                role = .ok
            } else {
                text = Localized(ru: "Проверки: ", en: "Checks: ").text(language)
                    + report.findings.map { finding in
                        (finding.clause.map { Localized(ru: "п. \($0) ", en: "\($0) ").text(language) } ?? "") + finding.ruleID
                    }.joined(separator: ", ")
                role = report.blocking.isEmpty ? .warning : .error
            }
            canvas.write(TextFitting.truncate(TerminalSafeText.line(text), to: width), row: bottom - 4, column: left, role: role)
        }
        var message: (String, StyleRole)?
        var prompt: String?
        switch composer.question {
        case .sendDespite(let findings):
            message = (Localized(ru: "Есть замечания: ", en: "The checks found: ").text(language)
                + findings.map { $0.summary.text(language) }.joined(separator: "; "), .warning)
            prompt = Localized(ru: "Отправить всё равно? y — да, n — вернуться к тексту",
                               en: "Send anyway? y: yes, n: back to the text").text(language)
        case .takeOver(let username):
            message = (Localized(ru: "Это черновик коллеги \(username).", en: "This is \(username)'s draft.").text(language), .warning)
            prompt = Localized(ru: "Продолжить его как свой? y — да, n — оставить как есть",
                               en: "Continue it as yours? y: yes, n: leave it").text(language)
        case nil:
            if composer.sending {
                message = (Localized(ru: "Отправляется…", en: "Sending…").text(language), .muted)
            } else if let problem = composer.problem {
                message = (problem.text(language), .error)
            }
        }
        if let prompt { canvas.write(TextFitting.truncate(prompt, to: width), row: bottom - 1, column: left, role: .header) }
        guard let (text, role) = message else { return }
        let lines = TextFitting.wrap(TerminalSafeText.line(text), width: width)
        for (offset, line) in lines.prefix(2).enumerated() {
            let last = offset == 1 && lines.count > 2
            canvas.write(last ? TextFitting.truncate(line + " …", to: width) : line, row: bottom - 3 + offset, column: left, role: role)
        }
    }
}
