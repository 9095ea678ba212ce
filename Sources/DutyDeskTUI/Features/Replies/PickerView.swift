import DutyDeskCore
import DutyDeskStore

/// The template picker: the query, the matches grouped by category on the left, and the
/// highlighted template rendered for this item on the right.
enum PickerView {
    static func draw(_ picker: ReplyPickerState, _ state: AppState, on canvas: inout Canvas) {
        let language = state.language
        let catalog = state.replies.templates?.catalog
        let box = Box.centered(width: min(state.size.width - 2, 120), height: state.size.height - 3, in: state.size)
        let channel = picker.item.channel == .comment ? Localized(ru: "комментарий", en: "comment")
                                                      : Localized(ru: "личное сообщение", en: "private message")
        box.draw(title: Localized(ru: "Шаблон ответа", en: "Reply template").text(language) + " — #\(picker.item.itemID), "
                     + channel.text(language), on: &canvas)
        let left = box.left + 2
        let queryLabel = Localized(ru: "Поиск: ", en: "Search: ").text(language)
        let x = canvas.write(queryLabel + TerminalSafeText.line(picker.query), row: box.top + 1, column: left, role: .normal,
                             limit: box.innerWidth - 1)
        canvas.write("▏", row: box.top + 1, column: x, role: .normal)

        let listWidth = max(min(box.innerWidth / 2, 44), 20)
        // What the reader wrote, between the search and the list, so the template is chosen for it.
        let pane = ReaderPane.rows(picker.item, width: box.innerWidth, available: box.height - 7)
        if pane > 0 {
            ReaderPane.draw(picker.item, top: box.top + 2, left: left, width: box.innerWidth, rows: pane, on: &canvas)
            canvas.write(String(repeating: "┄", count: box.innerWidth), row: box.top + 2 + pane, column: left, role: .border)
        }
        let listTop = box.top + 3 + pane
        let rows = box.height - 4 - pane
        guard let catalog else {
            canvas.write(Localized(ru: "Папка шаблонов не найдена. Ctrl-N — ответить своими словами.",
                                   en: "No templates folder found. Ctrl-N writes a reply in your own words.").text(language),
                         row: listTop, column: left, role: .warning, limit: box.innerWidth)
            return
        }
        let groups = picker.matches(in: catalog)
        if groups.isEmpty {
            canvas.write(Localized(ru: "Ничего не найдено. Ctrl-N — своими словами.",
                                   en: "Nothing found. Ctrl-N: your own words.").text(language),
                         row: listTop, column: left, role: .muted, limit: box.innerWidth)
            return
        }
        // Lines of the list: category headings and templates, with the flat index of each template.
        var lines: [(text: String, role: StyleRole, index: Int?)] = []
        var index = 0
        for group in groups {
            lines.append((Words.category(group.category.rawValue).text(language), .header, nil))
            for match in group.matches {
                lines.append(("  " + TerminalSafeText.line(match.template.title), .normal, index))
                index += 1
            }
        }
        let selectedLine = lines.firstIndex { $0.index == picker.selected } ?? 0
        let top = max(0, min(selectedLine - rows / 2, lines.count - rows))
        for (offset, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            let role: StyleRole = line.index == picker.selected ? .selected : line.role
            canvas.write(TextFitting.pad(TextFitting.truncate(line.text, to: listWidth), to: listWidth),
                         row: listTop + offset, column: left, role: role)
        }
        let flat = groups.flatMap { $0.matches.map(\.template) }
        guard flat.indices.contains(picker.selected) else { return }
        drawPreview(flat[picker.selected], catalog: catalog, item: picker.item, language: language,
                    column: left + listWidth + 2, width: box.innerWidth - listWidth - 2, top: listTop, rows: rows,
                    on: &canvas)
    }

    static func drawPreview(_ template: ReplyTemplate, catalog: TemplateCatalog, item: ReplyItem, language: Language,
                            column: Int, width: Int, top: Int, rows: Int, on canvas: inout Canvas) {
        guard width > 4 else { return }
        let text = (try? catalog.renderer.render([template.id], context: item.context).text) ?? template.body
        canvas.write(TextFitting.truncate(template.id + " · " + template.tags.joined(separator: ", "), to: width),
                     row: top, column: column, role: .muted)
        let lines = TextFitting.wrap(TerminalSafeText.lines(text), width: width)
        for (offset, line) in lines.prefix(rows - 2).enumerated() {
            canvas.write(line, row: top + 2 + offset, column: column, role: .normal, limit: width)
        }
    }
}
