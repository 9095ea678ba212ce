import DutyDeskCore
import DutyDeskStore

/// The `h` modal: an item's audit entries, oldest first, one to a few lines each:
/// when (local time), who, what.
enum ItemHistoryView {
    /// As tall as the entries need, up to the screen less a line above and below.
    static func box(_ size: ScreenSize, lines: Int) -> Box {
        Box.centered(width: 100, height: min(lines + 2, size.height - 4), in: size)
    }

    /// The lines the entries take at this screen's width (the box's height does not change it).
    static func innerWidth(_ size: ScreenSize) -> Int {
        max(box(size, lines: 1).innerWidth, 10)
    }

    static func draw(_ history: ItemHistoryState, _ state: AppState, on canvas: inout Canvas) {
        let l = state.language
        let lines = lines(history, state)
        let box = box(state.size, lines: lines.count)
        let rows = max(box.height - 2, 1)
        var title = Localized(ru: "История обращения #\(history.itemID)", en: "History of item #\(history.itemID)").text(l)
        if lines.count > rows {
            let last = min(history.scroll + rows, lines.count)
            title += Localized(ru: " · \(history.scroll + 1)–\(last) из \(lines.count)",
                               en: " · \(history.scroll + 1)–\(last) of \(lines.count)").text(l)
        }
        box.draw(title: title, on: &canvas)
        for (offset, line) in lines.dropFirst(history.scroll).prefix(rows).enumerated() {
            line.draw(on: &canvas, row: box.top + 1 + offset, column: box.left + 2, limit: box.innerWidth)
        }
    }

    /// Wrapped to the box: the time and the person on the first line, what was done after them
    /// (continued below, indented, when it is long).
    static func lines(_ history: ItemHistoryState, _ state: AppState) -> [PanelLine] {
        let l = state.language
        let width = innerWidth(state.size)
        if let failure = history.failure {
            return TextFitting.wrap(failure.text(l), width: width).map { PanelLine($0, .error) }
        }
        guard let loaded = history.history else { return [PanelLine(Words.loading.text(l), .muted)] }
        guard !loaded.entries.isEmpty else {
            return [PanelLine(Localized(ru: "В журнале нет записей об этом обращении.",
                                        en: "The audit log has no entries about this item.").text(l), .muted)]
        }
        let clock = state.session.localClock
        var lines: [PanelLine] = []
        for entry in loaded.entries {
            let when = clock.dateTimeText(entry.at, language: l)
            let who = loaded.names[entry.actor].map { HeaderView.short($0) + " (\(TerminalSafeText.line(entry.actor)))" }
                ?? TerminalSafeText.line(entry.actor)
            let lead = when + "  " + who + "  "
            let what = AuditEntryPhrase.text(entry, l)
            let leadWidth = TerminalCells.width(of: lead)
            if leadWidth + TerminalCells.width(of: what) <= width {
                lines.append(PanelLine([.init(text: lead, role: .muted), .init(text: what, role: .normal)]))
                continue
            }
            lines.append(PanelLine(TextFitting.truncate(lead, to: width), .muted))
            lines += TextFitting.wrap(what, width: width - 4).map { PanelLine("    " + $0) }
        }
        return lines
    }
}
