import DutyDeskCore

/// Panels 2–5 are not built yet: they say so, and what they will hold.
enum PlaceholderPanelView {
    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let layout = state.layout
        let language = state.language
        canvas.fill(row: layout.titleRow, role: .border)
        canvas.write(" \(state.panel.rawValue) " + state.panel.title.text(language), row: layout.titleRow, column: 0,
                     role: .border)
        let width = min(canvas.width - 4, 80)
        var row = layout.bodyTop + 1
        let paragraphs: [(Localized, StyleRole)] = [
            (Localized(ru: "Эта панель ещё не сделана.", en: "This panel is not built yet."), .warning),
            (state.panel.plannedContent, .normal),
            (Localized(ru: "Сейчас работает панель 1 — «Входящие» (клавиша 1 или Esc).",
                       en: "Panel 1, the inbox, works now (key 1 or Esc)."), .muted),
        ]
        for (text, role) in paragraphs {
            for line in TextFitting.wrap(text.text(language), width: width) where row < layout.statusRow {
                canvas.write(line, row: row, column: 2, role: role)
                row += 1
            }
            row += 1
        }
    }
}

/// Below 60×15 the layout cannot work; say so plainly and keep running.
enum TooSmallView {
    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let size = state.size
        let minimum = ScreenSize.minimum
        let text = Localized(
            ru: "Окно терминала слишком маленькое: \(size.width)×\(size.height). Нужно не меньше \(minimum.width)×\(minimum.height). q — выход.",
            en: "The terminal is too small: \(size.width)×\(size.height). dutydesk needs at least \(minimum.width)×\(minimum.height). q quits.")
            .text(state.language)
        let lines = TextFitting.wrap(text, width: max(size.width - 2, 1))
        let top = max((size.height - lines.count) / 2, 0)
        for (offset, line) in lines.enumerated() where top + offset < size.height {
            let x = max((size.width - TerminalCells.width(of: line)) / 2, 0)
            canvas.write(line, row: top + offset, column: x, role: .warning)
        }
    }
}
