import DutyDeskCore

/// The composer: who the reply is for, the templates in it, the text with its cursor and the
/// field Tab selected, the live checks, and the composer's problem or question.
enum ComposerView {
    static func draw(_ composer: ComposerState, _ state: AppState, on canvas: inout Canvas) {
        let language = state.language
        let geometry = ComposerGeometry(composer, state)
        let box = geometry.box
        let left = box.left + 2
        let width = box.innerWidth
        let channel = composer.item.channel == .comment ? Localized(ru: "комментарий", en: "comment")
                                                        : Localized(ru: "личное сообщение", en: "private message")
        box.draw(title: Localized(ru: "Ответ", en: "Reply").text(language) + " — #\(composer.item.itemID), "
                     + channel.text(language) + ", " + TerminalSafeText.line(composer.item.readerName), on: &canvas)

        let templates = composer.templateIDs.isEmpty ? Localized(ru: "своими словами", en: "own words").text(language)
                                                     : TemplateNames.titles(composer.templateIDs, in: state.replies.templates?.catalog)
        let personal = composer.personalData ? Localized(ru: "перс. данные: да", en: "personal data: yes")
                                             : Localized(ru: "перс. данные: нет", en: "personal data: no")
        let saved: Localized = composer.revision == 0 && composer.savedRevision == 0
            ? Localized(ru: "", en: "")
            : composer.isSaved ? Localized(ru: "черновик сохранён", en: "draft saved")
                               : Localized(ru: "сохраняется…", en: "saving…")
        let category = composer.knownCategory.map {
            Localized(ru: "вид: ", en: "type: ").text(language) + Words.category($0.rawValue).text(language)
        } ?? ""
        let info = [Localized(ru: "Шаблоны: ", en: "Templates: ").text(language) + templates, category, personal.text(language),
                    saved.text(language)].filter { !$0.isEmpty }.joined(separator: " · ")
        canvas.write(TextFitting.truncate(info, to: width), row: box.top + 1, column: left, role: .muted)
        if geometry.paneRows > 0 {
            ReaderPane.draw(composer.item, top: geometry.paneTop, left: left, width: width, rows: geometry.paneRows, on: &canvas)
            canvas.write(String(repeating: "┄", count: width), row: geometry.paneTop + geometry.paneRows, column: left, role: .border)
        }

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
        canvas.fill(row: geometry.checksRow, from: box.left + 1, to: box.left + box.width - 1, role: .normal)
        canvas.write(String(repeating: "─", count: width), row: geometry.checksRow, column: left, role: .border)
        if let catalog = state.replies.templates?.catalog {
            let summary = ComposerMessage.checksLine(composer, ComposerUpdate.report(composer, catalog), language: language, width: width)
            canvas.write(TextFitting.truncate(TerminalSafeText.line(summary.text) + " ", to: width),
                         row: geometry.checksRow, column: left, role: summary.role)
        }
        let (lines, prompt) = ComposerMessage.lines(composer, language: language, width: width, catalog: state.replies.templates?.catalog)
        if let prompt { canvas.write(TextFitting.truncate(prompt, to: width), row: geometry.promptRow, column: left, role: .header) }
        let rows = geometry.messageRows
        let scroll = messageScroll(composer, lines: lines.count, rows: rows)
        for (offset, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
            canvas.write(line.text, row: geometry.messageTop + offset, column: left, role: line.role, limit: width)
        }
        // More above or below: say where the rest is (a category choice follows ↑↓ by itself).
        if case .category = composer.question { return }
        if scroll > 0 { canvas.write(" ▲ PgUp", row: geometry.messageTop, column: left + width - 7, role: .muted) }
        if scroll + rows < lines.count {
            canvas.write(" ▼ PgDn", row: geometry.messageTop + rows - 1, column: left + width - 7, role: .muted)
        }
    }

    /// The check box's first row: the kept scroll, within the message; a category choice
    /// keeps its highlighted line in view.
    static func messageScroll(_ composer: ComposerState, lines: Int, rows: Int) -> Int {
        var scroll = min(composer.messageScroll, max(lines - rows, 0))
        if case .category(let choices, let selected) = composer.question {
            let line = lines - choices.count + selected
            if line < scroll { scroll = line }
            if line >= scroll + rows { scroll = line - rows + 1 }
        }
        return max(scroll, 0)
    }
}
