import DutyDeskCore
import Foundation

/// The week as lines of the panel, one day after another: the day with its open hours, then
/// its shifts and coverage gaps in time order, the "now" mark, and who is away. Pure, so the
/// view tests read roles and texts without a terminal.
struct DutyWeekLines {
    struct Line {
        var segments: [(text: String, role: StyleRole)]
        /// The shift this line shows; the cursor moves between these lines.
        var shiftID: Int64?

        var text: String { segments.map(\.text).joined() }
    }

    let data: DutyPanelData
    let now: Date
    let swapMark: Int64?
    let language: Language

    func say(_ ru: String, _ en: String) -> String { Localized(ru: ru, en: en).text(language) }

    var lines: [Line] {
        let timeline = data.timeline
        let today = timeline.localDate(of: now)
        // Shifts in the order the cursor walks them (`DutyPanelData.shiftsInOrder`).
        let order = Dictionary(uniqueKeysWithValues: data.shiftsInOrder.enumerated().compactMap { index, shift in
            shift.id.map { ($0, index) }
        })
        var lines: [Line] = []
        var shown = Set<Int64>()
        for (dayIndex, day) in data.week.days.enumerated() {
            lines.append(header(day, isToday: day.date == today))
            // (start, page, gap after shifts, cursor order): the same order for every page shown.
            var entries: [(key: (Date, Int, Int, Int), line: Line, coversNow: Bool)] = []
            for (pageIndex, week) in data.weeks.enumerated() where week.days.indices.contains(dayIndex) {
                let page = week.days[dayIndex]
                for item in page.shifts {
                    // A shift across midnight is listed on both days; the cursor stops on the first.
                    let first = item.shift.id.map { shown.insert($0).inserted } ?? true
                    let rank = item.shift.id.flatMap { order[$0] } ?? 0
                    entries.append(((item.shift.start, pageIndex, 0, rank), shiftLine(item, selectable: first),
                                    item.shift.contains(now)))
                }
                for gap in page.gaps {
                    var segments: [(String, StyleRole)] = [("    " + TextFitting.pad("⚠", to: 5) + " " + pageLabel(gap.pageID)
                                                            + DutyTimeText.times(gap.start, gap.end, on: timeline) + "  "
                                                            + say("нет дежурного", "nobody on duty"), .warning)]
                    if gap.contains(now) { segments.append(("  ◀ " + say("сейчас", "now"), .warning)) }
                    entries.append(((gap.start, pageIndex, 1, 0), Line(segments: segments, shiftID: nil), gap.contains(now)))
                }
            }
            entries.sort { $0.key < $1.key }
            if day.date == today, !entries.contains(where: \.coversNow) {
                let mark = Line(segments: [("    ── " + say("сейчас", "now") + " \(timeline.localTime(of: now)) ──", .ok)],
                                shiftID: nil)
                let position = entries.firstIndex { $0.key.0 > now } ?? entries.count
                entries.insert(((now, 0, 0, 0), mark, false), at: position)
            }
            lines += entries.map(\.line)
            var away: [DutyWeek.DayAbsence] = []
            for week in data.weeks where week.days.indices.contains(dayIndex) {
                for absence in week.days[dayIndex].absent where !away.contains(absence) { away.append(absence) }
            }
            if !away.isEmpty {
                let who = away.map { data.shortName($0.username) + " (" + DutyTimeText.absenceReason($0.reason).text(language) + ")" }
                lines.append(Line(segments: [("    " + say("отсутствуют: ", "away: ") + who.joined(separator: ", "), .muted)],
                                  shiftID: nil))
            }
        }
        return lines
    }

    /// In a department's view each shift and gap names its page.
    func pageLabel(_ pageID: String) -> String {
        data.isDepartment ? TextFitting.pad(pageID, to: 10) + " " : ""
    }

    func header(_ day: DutyWeek.Day, isToday: Bool) -> Line {
        let label = (isToday ? "▶ " : "  ") + DutyTimeText.weekdayShort(day.date.weekday).text(language) + " "
            + DutyTimeText.date(day.date).text(language)
        guard day.isOpen else {
            return Line(segments: [(label + "  " + say("закрыто", "closed") + " (" + DutyTimeText.closedReason(day.reason).text(language) + ")", .muted)],
                        shiftID: nil)
        }
        let hours = day.openPeriods.map { DutyTimeText.times($0.start, $0.end, on: data.timeline) }.joined(separator: ", ")
        var segments: [(String, StyleRole)] = [(label + "  " + hours, .normal)]
        if isToday { segments.append(("  · " + say("сегодня", "today"), .ok)) }
        return Line(segments: segments, shiftID: nil)
    }

    func shiftLine(_ item: DutyWeek.DayShift, selectable: Bool) -> Line {
        let shift = item.shift
        let id = shift.id.map { "#\($0)" } ?? ""
        var segments: [(String, StyleRole)] = [
            ("    " + TextFitting.pad(id, to: 5) + " " + pageLabel(shift.pageID)
             + DutyTimeText.times(shift.start, shift.end, on: data.timeline) + "  "
             + data.shortName(shift.username), .normal),
        ]
        if item.personAbsent {
            segments.append(("  ⚠ " + say("отсутствует — нужна замена", "away — needs a replacement"), .warning))
        }
        if shift.contains(now) { segments.append(("  ◀ " + say("сейчас", "now"), .ok)) }
        if let id = shift.id, id == swapMark { segments.append(("  ⇄ " + say("отмечена для обмена", "marked for a swap"), .dueSoon)) }
        return Line(segments: segments, shiftID: selectable ? shift.id : nil)
    }
}
