import DutyDeskCore
import Foundation

/// What the add form starts with: the first stretch of open time nobody covers, from the
/// selected day on (today, with nothing selected), so Enter on the defaults usually just
/// works; and the first person of the team free then. Without such a gap: the selected
/// shift's hours (a second person on them), else the day's open hours.
enum ShiftFormDefaults {
    static func add(pageID: String, data: DutyPanelData, from day: LocalDate, selected: Shift?, now: Date) -> ShiftForm {
        let timeline = data.timeline
        let team = data.team(of: pageID)
        let week = data.weeks.first { $0.pageID == pageID } ?? data.week
        let firstOffset = min(max(week.monday.days(until: day), 0), 6)
        var offset = firstOffset
        var span: (start: Date, end: Date)?
        // The first gap from that day on with time left in it (a running one from the next half hour).
        search: for candidate in firstOffset..<7 {
            for gap in week.days[candidate].gaps {
                let start = max(gap.start, halfHourAfter(now))
                guard start < gap.end else { continue }
                offset = candidate
                span = (start, gap.end)
                break search
            }
        }
        // Every open hour covered: a second person on the selected shift's hours (from now on),
        // else the day's open hours.
        if span == nil, let selected, selected.pageID == pageID, selected.end > now {
            let start = selected.start > now ? selected.start : halfHourAfter(now)
            if start < selected.end {
                offset = min(max(week.monday.days(until: timeline.localDate(of: start)), 0), 6)
                span = (start, selected.end)
            }
        }
        if span == nil, let open = week.days[firstOffset].openPeriods.first {
            span = (open.start, open.end)
        }
        let start = span.map { "\(timeline.localTime(of: $0.start))" } ?? "10:00"
        let end = span.map { "\(timeline.localTime(of: $0.end))" } ?? "18:00"
        var personIndex = 0
        if let span {
            // Someone present that day and on no other shift then (any page shown or not).
            let away = Set(week.days[offset].absent.map(\.username))
            personIndex = team.firstIndex { username in
                let shift = Shift(pageID: pageID, username: username, start: span.start, end: span.end)
                return !away.contains(username) && data.conflict(for: username, with: shift) == nil
            } ?? 0
        }
        return ShiftForm(mode: .add, pageID: pageID, dayOffset: offset, start: start, end: end, people: team,
                         personIndex: personIndex)
    }

    /// A gap running now starts the new shift at the next half hour, not in the past.
    static func halfHourAfter(_ now: Date) -> Date {
        let step: TimeInterval = 30 * 60
        return Date(timeIntervalSince1970: (now.timeIntervalSince1970 / step).rounded(.up) * step)
    }
}
