import DutyDeskCore
import Foundation

/// Draws the duty panel and the duty feature's forms.
enum DutyUIView {
    static func drawPanel(_ state: AppState, on canvas: inout Canvas) {
        let layout = state.layout
        let language = state.language
        canvas.fill(row: layout.titleRow, role: .border)
        guard let data = state.duty.data else {
            canvas.write(" 3 " + Panel.duty.title.text(language), row: layout.titleRow, column: 0, role: .border)
            let message = state.duty.loadError
                ?? Localized(ru: "График дежурств загружается…", en: "Loading the duty schedule…")
            for (offset, line) in TextFitting.wrap(message.text(language), width: max(canvas.width - 4, 1)).enumerated()
            where layout.bodyTop + 1 + offset < layout.statusRow {
                canvas.write(line, row: layout.bodyTop + 1 + offset, column: 2,
                             role: state.duty.loadError == nil ? .muted : .error)
            }
            return
        }
        canvas.write(TextFitting.truncate(title(data, language), to: canvas.width), row: layout.titleRow, column: 0,
                     role: .border)
        var row = layout.bodyTop
        for week in data.weeks where row < layout.statusRow {
            let (text, role) = DutyStatusLine.line(week, data, language: language)
            canvas.write(TextFitting.truncate(text, to: max(canvas.width - 2, 0)), row: row, column: 1, role: role)
            row += 1
        }
        if let refusal = DutyAccess.refusal(state) {
            let text = Localized(ru: "Только просмотр. ", en: "Read-only. ").text(language) + refusal.denied.message.text(language)
                + Localized(ru: " График меняет координатор страницы или куратор (п. 6.1).",
                            en: " The schedule is changed by the page's coordinator or the curator (6.1).").text(language)
            // Wrapped whole (a narrow terminal takes a third line): a cut sentence would hide who may.
            for line in TextFitting.wrap(text, width: max(canvas.width - 2, 1)) where row < layout.statusRow {
                canvas.write(line, row: row, column: 1, role: .muted)
                row += 1
            }
        }
        drawWeek(state, data, top: row, on: &canvas)
    }

    /// " 3 Дежурства · cbs-vk — ЦБС … · неделя 09.11.2026–15.11.2026 (Europe/Moscow)"; for a
    /// department, " 3 Дежурства · отдел crb: cbs-vk, crb-tg · неделя …".
    static func title(_ data: DutyPanelData, _ language: Language) -> String {
        let first = DutyTimeText.date(data.week.monday).text(language)
        let last = DutyTimeText.date(data.week.monday.adding(days: 6)).text(language)
        let what: String
        switch data.scope {
        case .page(let id): what = id + " — " + TerminalSafeText.line(data.pageNames[id] ?? id)
        case .department(let id):
            what = Localized(ru: "отдел ", en: "department ").text(language) + id + ": " + data.pageIDs.joined(separator: ", ")
        }
        return " 3 " + Panel.duty.title.text(language) + " · " + what + " · " + Localized(ru: "неделя", en: "week").text(language)
            + " \(first)–\(last) (\(data.timeline.timeZone.identifier))"
    }

    /// The week's lines from `top` to the status bar, scrolled so the selected shift shows.
    static func drawWeek(_ state: AppState, _ data: DutyPanelData, top: Int, on canvas: inout Canvas) {
        let lines = DutyWeekLines(data: data, now: state.now, swapMark: state.duty.swapMark, language: state.language).lines
        let rows = max(state.layout.statusRow - top, 0)
        guard rows > 0 else { return }
        let selected = lines.firstIndex { $0.shiftID != nil && $0.shiftID == state.duty.selectedShiftID }
        let first = scrollTop(selected: selected, lines: lines.count, rows: rows)
        for (offset, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            let row = top + offset
            let isSelected = line.shiftID != nil && line.shiftID == state.duty.selectedShiftID
            if isSelected { canvas.fill(row: row, from: 1, to: canvas.width - 1, role: .selected) }
            var x = 1
            for segment in line.segments {
                x = canvas.write(segment.text, row: row, column: x, role: isSelected ? .selected : segment.role,
                                 limit: max(canvas.width - 1 - x, 0))
            }
        }
    }

    /// The first line shown: the selected line stays on screen with a line of context above.
    static func scrollTop(selected: Int?, lines: Int, rows: Int) -> Int {
        guard let selected, lines > rows else { return 0 }
        return min(max(selected - rows + 2, 0), lines - rows)
    }

    /// Forms over the panel; drawn after the panel and before the help overlay.
    static func drawModal(_ state: AppState, on canvas: inout Canvas) {
        guard state.panel == .duty, let form = state.duty.form, !state.size.isTooSmall else { return }
        DutyFormViews.draw(form, state, on: &canvas)
    }
}

/// The line above the week, one per page: who is on duty now and next, or the warning that
/// nobody is.
enum DutyStatusLine {
    static func line(_ week: DutyWeek, _ data: DutyPanelData, language: Language) -> (String, StyleRole) {
        let status = week.status
        let timeline = data.timeline
        func say(_ ru: String, _ en: String) -> String { Localized(ru: ru, en: en).text(language) }
        var text = data.isDepartment ? week.pageID + ": " : ""
        var role = StyleRole.normal
        if status.onDuty.isEmpty {
            if let gap = status.currentGap {
                text = "⚠ " + text + say("Отдел открыт, дежурного нет до ", "The department is open with nobody on duty until ")
                    + "\(timeline.localTime(of: gap.end))"
                role = .warning
            } else {
                text += say("Сейчас дежурных нет", "Nobody is on duty now")
                    + (status.isOpen ? "" : say(" (отдел закрыт)", " (the department is closed)"))
            }
        } else {
            text += say("Сейчас дежурит: ", "On duty now: ") + status.onDuty.map {
                data.shortName($0.username) + say(" до ", " until ") + "\(timeline.localTime(of: $0.end))"
            }.joined(separator: ", ")
        }
        if let next = status.next {
            text += " · " + say("далее: ", "next: ") + data.shortName(next.username) + " "
                + DutyTimeText.span(next, on: timeline).text(language)
        }
        return (text, role)
    }
}
