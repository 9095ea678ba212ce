import DutyDeskCore
import DutyDeskStore
import Foundation

/// `g`: the rotation as it would be applied, before anything is written.
enum RotationPreviewView {
    /// How far PgUp/PgDn scroll the list of shifts.
    static let page = 10

    static func draw(_ plan: RotationPlan, data: DutyPanelData, _ state: AppState, on canvas: inout Canvas) {
        let language = state.language
        func say(_ ru: String, _ en: String) -> String { Localized(ru: ru, en: en).text(language) }
        let order = plan.order
        let pattern: String
        switch order.pattern {
        case .wholeDays: pattern = say("целые дни", "whole days")
        case .split(let time): pattern = say("дни делятся в \(time)", "days split at \(time)")
        }
        var lines: [(String, StyleRole)] = [
            (DutyTimeText.date(order.from).text(language) + "–" + DutyTimeText.date(order.to).text(language) + ", " + pattern, .normal),
            (say("Новых смен: \(plan.proposal.shifts.count) · заменяются: \(plan.removed.count) · сохраняются: \(plan.kept.count)",
                 "New shifts: \(plan.proposal.shifts.count) · replaced: \(plan.removed.count) · kept: \(plan.kept.count)"), .normal),
        ]
        let hours = plan.team.map { data.shortName($0) + " " + DutyTimeText.hours(plan.proposal.openTime[$0] ?? 0).text(language) }
        lines.append((say("Часы: ", "Hours: ") + hours.joined(separator: " · "), .muted))
        lines.append(plan.proposal.uncovered.isEmpty
                     ? (say("Всё время работы отдела покрыто.", "Every open hour is covered."), .ok)
                     : (say("⚠ Без дежурного останется промежутков: \(plan.proposal.uncovered.count)",
                            "⚠ Open time left with nobody on duty: \(plan.proposal.uncovered.count) stretches"), .warning))
        lines.append(("", .normal))
        // The shifts scroll (↑/↓, PgUp/PgDn) when they do not all fit; a line says which are shown.
        let problem = DutyFormViews.problemLines(state, width: 72)
        let shifts = plan.proposal.shifts
        var room = max(state.size.height - 4 - lines.count - 4 - problem.count, 1)
        if shifts.count > room { room = max(room - 1, 1) }
        let first = min(state.duty.previewScroll, max(shifts.count - room, 0))
        let shown = shifts[first..<min(first + room, shifts.count)]
        for shift in shown {
            lines.append((DutyTimeText.span(shift, on: data.timeline).text(language) + "  " + data.shortName(shift.username), .normal))
        }
        if shown.count < shifts.count {
            let from = first + 1, to = first + shown.count
            lines.append((say("смены \(from)–\(to) из \(shifts.count) · ↑/↓ — прокрутка",
                              "shifts \(from)–\(to) of \(shifts.count) · ↑/↓ scrolls"), .muted))
        }
        lines += problem.map { ($0, StyleRole.error) }
        let box = Box.centered(width: 76, height: lines.count + 4, in: state.size)
        box.draw(title: say("Предпросмотр ротации: ", "Rotation preview: ") + order.pageID, on: &canvas)
        for (offset, line) in lines.enumerated() where box.top + 1 + offset < box.top + box.height - 2 {
            canvas.write(TextFitting.truncate(line.0, to: box.innerWidth), row: box.top + 1 + offset, column: box.left + 2, role: line.1)
        }
        canvas.write(say("Ничего не записано. Enter — применить, Esc — отмена", "Nothing written yet. Enter applies, Esc cancels"),
                     row: box.top + box.height - 2, column: box.left + 2, role: .muted, limit: box.innerWidth)
    }
}
