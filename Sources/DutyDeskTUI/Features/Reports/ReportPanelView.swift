import DutyDeskCore
import Foundation

/// Panel 4: the quarter's figures under a title line that says which quarter, which pages,
/// as of when, and whether a count is running.
enum ReportPanelView {
    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let layout = state.layout
        let lines = ReportPanelLines.build(state)
        let scroll = max(0, min(state.reports.scroll, max(lines.count - layout.listRows, 0)))
        canvas.fill(row: layout.titleRow, role: .border)
        let right = status(state, lines: lines.count, scroll: scroll)
        let rightWidth = TerminalCells.width(of: right.text)
        let room = max(canvas.width - rightWidth - 2, 1)
        // The figures' date gives way first on a narrow screen, whole rather than cut.
        var titleText = title(state, withDate: true)
        if TerminalCells.width(of: titleText) > room { titleText = title(state, withDate: false) }
        canvas.write(TextFitting.truncate(titleText, to: room), row: layout.titleRow, column: 0, role: .border)
        canvas.write(right.text, row: layout.titleRow, column: max(canvas.width - rightWidth - 1, 0), role: right.role)
        for offset in 0..<layout.listRows {
            let index = scroll + offset
            guard index < lines.count else { break }
            lines[index].draw(on: &canvas, row: layout.bodyTop + offset, column: 0, limit: canvas.width - 1)
        }
    }

    /// " 4 Отчёты · IV квартал 2026 г. · все страницы · на 09.11.2026 15:00".
    static func title(_ state: AppState, withDate: Bool) -> String {
        let l = state.language
        var parts = [" \(Panel.reports.rawValue) " + Panel.reports.title.text(l)]
        guard let report = state.reports.report else { return parts[0] }
        parts.append(report.quarter.title.text(l))
        if let page = state.reports.page {
            parts.append(TerminalSafeText.line(page))
        } else {
            parts.append(report.pages.count == 1 ? TerminalSafeText.line(report.pages[0].pageID ?? "")
                         : ReportPanelLines.PanelWords.allPages.text(l).lowercased())
        }
        guard withDate else { return parts.joined(separator: " · ") }
        let zone = TimeZone(identifier: report.timeZoneIdentifier) ?? TimeZone(identifier: "UTC")!
        parts.append(Localized(ru: "на ", en: "as of ").text(l) + ReportNumbers.dateTime(report.generatedAt, in: zone, l))
        return parts.joined(separator: " · ")
    }

    /// "считаю…" while a count runs (naming the quarter when it is not the one shown), else the
    /// lines on screen.
    static func status(_ state: AppState, lines: Int, scroll: Int) -> (text: String, role: StyleRole) {
        let l = state.language
        let reports = state.reports
        if reports.counting {
            var text = ReportPanelLines.PanelWords.counting.text(l)
            if let asked = reports.countingQuarter ?? reports.currentQuarter, asked != reports.report?.quarter {
                text = asked.title.text(l) + ": " + text
            }
            return (text, .warning)
        }
        guard reports.report != nil, lines > state.layout.listRows else { return ("", .border) }
        let last = min(scroll + state.layout.listRows, lines)
        return (Localized(ru: "строки \(scroll + 1)–\(last) из \(lines)", en: "lines \(scroll + 1)–\(last) of \(lines)").text(l),
                .border)
    }
}
