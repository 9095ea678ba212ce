import Foundation

/// What the schedule panel shows for one page and one week (Monday to Sunday): each day's open
/// hours, its shifts with their people, its coverage gaps and who is away, with today and now
/// marked. A plain value built by `DutyWeek.build`, so the panel only draws.
public struct DutyWeek: Sendable, Equatable {
    public struct Day: Sendable, Equatable {
        public var date: LocalDate
        public var isToday: Bool
        /// Why the day has the hours it has (holiday, sanitary day, …), to label closed days.
        public var reason: WorkingCalendar.DayReason
        public var openPeriods: [DateInterval]
        public var shifts: [DayShift]
        public var gaps: [CoverageGap]
        /// Team members away that day.
        public var absent: [DayAbsence]

        public var isOpen: Bool { !openPeriods.isEmpty }
    }

    public struct DayShift: Sendable, Equatable {
        public var shift: Shift
        /// Running at `now`.
        public var isNow: Bool
        /// The person is away that day: the shift does not cover, and needs another person.
        public var personAbsent: Bool
    }

    public struct DayAbsence: Sendable, Equatable {
        public var username: String
        public var reason: AbsenceReason
    }

    public var pageID: String
    public var monday: LocalDate
    public var now: Date
    public var days: [Day]
    public var status: DutyStatus

    /// The Monday of the week a date falls in.
    public static func monday(of date: LocalDate) -> LocalDate {
        date.adding(days: -Weekday.allCases.firstIndex(of: date.weekday)!)
    }

    public static func build(
        pageID: String, timeline: OpenTimeline, team: [String], shifts: [Shift], absences: [String: [Absence]],
        weekOf date: LocalDate, now: Date
    ) -> DutyWeek {
        let monday = monday(of: date)
        let today = timeline.localDate(of: now)
        let own = shifts.filter { $0.pageID == pageID }.sorted { ($0.start, $0.username) < ($1.start, $1.username) }
        let days = (0..<7).map { offset -> Day in
            let day = monday.adding(days: offset)
            let dayStart = timeline.instant(day, TimeOfDay(minutes: 0)!)
            let dayEnd = timeline.instant(day, .endOfDay)
            let dayShifts = own.filter { $0.start < dayEnd && dayStart < $0.end }.map { shift in
                DayShift(shift: shift, isNow: shift.contains(now),
                         personAbsent: (absences[shift.username] ?? []).contains { $0.covers(day) })
            }
            let absent = team.compactMap { username -> DayAbsence? in
                (absences[username] ?? []).first { $0.covers(day) }.map { DayAbsence(username: username, reason: $0.reason) }
            }
            return Day(date: day, isToday: day == today, reason: timeline.calendar.day(day).reason,
                       openPeriods: timeline.periods(on: day), shifts: dayShifts,
                       gaps: CoverageGaps.find(pageID: pageID, timeline: timeline, from: dayStart, to: dayEnd,
                                               shifts: own, absences: absences),
                       absent: absent)
        }
        return DutyWeek(pageID: pageID, monday: monday, now: now, days: days,
                        status: DutyRoster.status(pageID: pageID, timeline: timeline, shifts: own,
                                                  absences: absences, at: now))
    }
}
