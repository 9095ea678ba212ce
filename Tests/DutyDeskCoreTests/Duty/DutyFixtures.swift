import Foundation
@testable import DutyDeskCore

/// Shifts and teams written the way people say them: "2026-11-10 10:00" to "15:30", local time.
enum DutyFixtures {
    static func shift(_ page: String, _ username: String, _ start: String, _ end: String,
                      on timeline: OpenTimeline, id: Int64? = nil, origin: ShiftOrigin = .manual) -> Shift {
        let from = CalendarFixtures.local(start, in: timeline)
        let to = end.contains(" ") ? CalendarFixtures.local(end, in: timeline)
            : CalendarFixtures.local(String(start.prefix(10)) + " " + end, in: timeline)
        return Shift(id: id, pageID: page, username: username, start: from, end: to, origin: origin)
    }

    static func absence(_ from: String, _ to: String, _ reason: AbsenceReason = .vacation) -> Absence {
        Absence(from: LocalDate(iso: from)!, to: LocalDate(iso: to)!, reason: reason)
    }

    static func text(_ shift: Shift, on timeline: OpenTimeline) -> String {
        "\(shift.username) \(CalendarFixtures.localText(shift.start, in: timeline))–\(timeline.localTime(of: shift.end))"
    }

    /// Mon–Fri 10:00–18:00, no holidays: every whole-day slot is 8 hours.
    static let plainWeekdays = WorkingCalendar(
        timeZoneIdentifier: "Europe/Moscow",
        weeklyHours: Dictionary(uniqueKeysWithValues: [Weekday.mon, .tue, .wed, .thu, .fri].map {
            ($0, CalendarFixtures.intervals("10:00-18:00"))
        }),
        holidays: .none)
}
