import DutyDeskCore

/// The status line (what is listed, search, notices) and the footer of key hints.
enum BarsView {
    static func drawStatus(_ state: AppState, on canvas: inout Canvas) {
        let row = state.layout.statusRow
        let language = state.language
        canvas.fill(row: row, role: .muted)
        if let draft = state.search.draft {
            let x = canvas.write(" /" + TerminalSafeText.line(draft), row: row, column: 0, role: .normal)
            canvas.write("▏", row: row, column: x, role: .normal)
            return
        }
        var left: String
        if state.panel != .inbox {
            left = " " + state.panel.title.text(language)
        } else if let detail = state.detail {
            left = " " + (DetailView.position(state, detail) ?? "")
        } else {
            let filter = state.list.filter
            left = " " + [Words.statusChoice(filter.status), Words.kindChoice(filter.kind), Words.pageScope(filter.page)]
                .map { $0.text(language) }.joined(separator: " · ")
            left += " — " + Localized(ru: "\(state.list.count) шт.", en: "\(state.list.count) items").text(language)
            if filter.needsSettledItems, !state.list.includesSettled {
                left += " " + Localized(ru: "(история загружается…)", en: "(loading history…)").text(language)
            }
            left += searchText(state)
        }
        let notice = state.notice.flatMap { $0.inboxOnly && state.panel != .inbox ? nil : ($0.text.text(language), $0.role) }
        let noticeWidth = notice.map { TerminalCells.width(of: $0.0) + 2 } ?? 0
        canvas.write(TextFitting.truncate(left, to: max(canvas.width - noticeWidth - 1, 0)), row: row, column: 0, role: .muted)
        if let (text, role) = notice { drawNotice(text, role: role, row: row, top: state.layout.bodyTop, on: &canvas) }
    }

    /// A notice too long for the status row is wrapped, not cut: its first lines go on the rows
    /// just above the status row (over the bottom of the panel, for as long as it shows), so an
    /// instruction such as where to mark a reply posted is read to its end on a narrow terminal.
    static func drawNotice(_ text: String, role: StyleRole, row: Int, top: Int, on canvas: inout Canvas) {
        let width = max(canvas.width - 2, 1)
        guard TerminalCells.width(of: text) > width else {
            canvas.write(text, row: row, column: max(canvas.width - TerminalCells.width(of: text) - 1, 0), role: role)
            return
        }
        let available = max(row - top, 0) + 1
        var lines = TextFitting.wrap(text, width: width)
        if lines.count > available {
            lines = Array(lines.prefix(available))
            lines[available - 1] = TextFitting.truncate(lines[available - 1] + "…", to: width)
        }
        for (offset, line) in lines.enumerated() {
            let y = row - (lines.count - 1) + offset
            canvas.fill(row: y, role: .muted)
            canvas.write(line, row: y, column: 1, role: role)
        }
    }

    static func searchText(_ state: AppState) -> String {
        let search = state.search
        guard !search.query.isEmpty else { return "" }
        let query = TerminalSafeText.line(search.query)
        guard search.matches != nil else {
            return Localized(ru: " · поиск «\(query)»…", en: " · searching '\(query)'…").text(state.language)
        }
        let inList = search.listedMatches
        return Localized(ru: " · «\(query)»: \(inList) (n/N)", en: " · '\(query)': \(inList) (n/N)").text(state.language)
    }

    /// Key hints, generated from the bindings of the context that has the keys now. The help
    /// key is kept at the right end whatever the width: it is the way to every other key.
    static func drawFooter(_ state: AppState, on canvas: inout Canvas) {
        let row = state.layout.footerRow
        canvas.fill(row: row, role: .footer)
        let shown = KeyMap.bindings(for: KeyDispatch.context(state)).filter(\.inFooter)
        let hint = { (binding: KeyBinding) in binding.footerLabel + " " + binding.hint.text(state.language) }
        var right = canvas.width
        if let help = shown.first(where: { $0.command == .help }) {
            let text = hint(help)
            right = max(canvas.width - TerminalCells.width(of: text) - 1, 0)
            canvas.write(text, row: row, column: right, role: .footer)
        }
        var x = 1
        for binding in shown where binding.command != .help {
            let text = hint(binding)
            guard x + TerminalCells.width(of: text) < right - 1 else { break }
            x = canvas.write(text, row: row, column: x, role: .footer) + 2
        }
    }
}
