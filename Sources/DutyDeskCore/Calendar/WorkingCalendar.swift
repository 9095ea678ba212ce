/// When a department is open, as its coordinator describes it: weekly hours, a monthly sanitary
/// day, closed dates, dated overrides and the official holiday list, in one IANA time zone.
///
/// The precedence for a date is the spec's: a closed date, then a dated override, then the
/// sanitary day and the holiday list (a shortened pre-holiday day closes an hour early), then the
/// weekly hours.
public struct WorkingCalendar: Hashable, Sendable, Codable {
    public var timeZoneIdentifier: String
    public var weeklyHours: [Weekday: [OpenInterval]]
    public var sanitaryDay: SanitaryDayRule
    public var closedDates: Set<LocalDate>
    public var specialDays: [LocalDate: [OpenInterval]]
    public var holidays: HolidaySet

    public init(
        timeZoneIdentifier: String = "Europe/Moscow",
        weeklyHours: [Weekday: [OpenInterval]],
        sanitaryDay: SanitaryDayRule = .none,
        closedDates: Set<LocalDate> = [],
        specialDays: [LocalDate: [OpenInterval]] = [:],
        holidays: HolidaySet = .ru
    ) {
        self.timeZoneIdentifier = timeZoneIdentifier
        self.weeklyHours = weeklyHours.mapValues { $0.sorted { $0.start < $1.start } }
        self.sanitaryDay = sanitaryDay
        self.closedDates = closedDates
        self.specialDays = specialDays.mapValues { $0.sorted { $0.start < $1.start } }
        self.holidays = holidays
    }

    /// Why a date has the hours it has; the UI explains a paused countdown with it.
    public enum DayReason: String, Sendable, Equatable {
        case weekly, weeklyClosed, closedDate, special, sanitaryDay, holiday, shortened
    }

    public struct Day: Sendable, Equatable {
        public let date: LocalDate
        public let intervals: [OpenInterval]
        public let reason: DayReason

        public var isOpen: Bool { !intervals.isEmpty }
        public var openMinutes: Int { intervals.totalMinutes }
    }

    public func day(_ date: LocalDate) -> Day {
        if closedDates.contains(date) {
            return Day(date: date, intervals: [], reason: .closedDate)
        }
        if let special = specialDays[date] {
            return Day(date: date, intervals: special, reason: .special)
        }
        if holidays.isHoliday(date) {
            return Day(date: date, intervals: [], reason: .holiday)
        }
        if isSanitaryDay(date) {
            return Day(date: date, intervals: [], reason: .sanitaryDay)
        }
        let weekly = weeklyHours[date.weekday] ?? []
        if weekly.isEmpty {
            return Day(date: date, intervals: [], reason: .weeklyClosed)
        }
        if holidays.isShortened(date) {
            return Day(date: date, intervals: Self.shorten(weekly, by: RussianProductionCalendar.shortening),
                       reason: .shortened)
        }
        return Day(date: date, intervals: weekly, reason: .weekly)
    }

    public func isSanitaryDay(_ date: LocalDate) -> Bool {
        switch sanitaryDay {
        case .none:
            return false
        case .lastWeekday(let weekday):
            return date.weekday == weekday && date.adding(days: 7).month != date.month
        case .lastWorkingDay:
            return lastOrdinarilyOpenDay(inMonthOf: date) == date
        }
    }

    /// The last date of the month that the weekly hours and the holiday list would open. Closed
    /// dates and overrides are left out on purpose: they are exceptions to the month, not its shape.
    private func lastOrdinarilyOpenDay(inMonthOf date: LocalDate) -> LocalDate? {
        var candidate = date.lastDayOfMonth
        while candidate.month == date.month {
            let weekly = weeklyHours[candidate.weekday] ?? []
            if !weekly.isEmpty && !holidays.isHoliday(candidate) {
                return candidate
            }
            candidate = candidate.adding(days: -1)
        }
        return nil
    }

    /// Removes the last `minutes` of open time from a day, across intervals if one is too short.
    static func shorten(_ intervals: [OpenInterval], by minutes: Int) -> [OpenInterval] {
        var result = intervals
        var left = minutes
        while left > 0, let last = result.last {
            result.removeLast()
            if last.minutes > left, let end = TimeOfDay(minutes: last.end.minutes - left),
               let kept = try? OpenInterval(start: last.start, end: end) {
                result.append(kept)
                left = 0
            } else {
                left -= last.minutes
            }
        }
        return result
    }
}
