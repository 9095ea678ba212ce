import Foundation

/// A working calendar laid onto real time: the instants at which a department opens and closes.
///
/// Every answer is bounded by `horizonDays`, so a calendar that never opens yields "no opening"
/// instead of a loop.
public struct OpenTimeline: Sendable {
    /// How far ahead the timeline looks for open time before it gives up (the spec's 366 days).
    public static let horizonDays = 366

    public let calendar: WorkingCalendar
    public let timeZone: TimeZone
    private let gregorian: Calendar

    public struct UnknownTimeZone: Error, Equatable, Sendable {
        public let identifier: String
    }

    public init(calendar: WorkingCalendar) throws(UnknownTimeZone) {
        guard let zone = TimeZone(identifier: calendar.timeZoneIdentifier) else {
            throw UnknownTimeZone(identifier: calendar.timeZoneIdentifier)
        }
        self.calendar = calendar
        self.timeZone = zone
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = zone
        self.gregorian = gregorian
    }

    /// The local date an instant falls on in the department's time zone.
    public func localDate(of instant: Date) -> LocalDate {
        let parts = gregorian.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The local wall-clock time of an instant, in minutes after midnight.
    public func localTime(of instant: Date) -> TimeOfDay {
        let parts = gregorian.dateComponents([.hour, .minute], from: instant)
        return TimeOfDay(hour: parts.hour!, minute: parts.minute!)!
    }

    /// The instant a local date and time denote. A time skipped by a daylight-saving change
    /// resolves to the first instant after the gap; a repeated one to its first occurrence.
    public func instant(_ date: LocalDate, _ time: TimeOfDay) -> Date {
        if time == .endOfDay {
            return instant(date.adding(days: 1), TimeOfDay(minutes: 0)!)
        }
        let parts = DateComponents(year: date.year, month: date.month, day: date.day,
                                   hour: time.hour, minute: time.minute)
        return gregorian.date(from: parts)!
    }

    /// The open periods of a local date as instants, in order.
    public func periods(on date: LocalDate) -> [DateInterval] {
        calendar.day(date).intervals.compactMap { interval in
            let start = instant(date, interval.start)
            let end = instant(date, interval.end)
            return end > start ? DateInterval(start: start, end: end) : nil
        }
    }

    /// Open periods that end after `instant`, day by day, up to the horizon from its local date.
    public func periods(endingAfter instant: Date) -> some Sequence<DateInterval> {
        let first = localDate(of: instant)
        return (0...Self.horizonDays).lazy
            .flatMap { self.periods(on: first.adding(days: $0)) }
            .filter { $0.end > instant }
    }

    public func isOpen(at instant: Date) -> Bool {
        openPeriod(containing: instant) != nil
    }

    /// The open period `[start, end)` that contains the instant, if the department is open then.
    public func openPeriod(containing instant: Date) -> DateInterval? {
        periods(on: localDate(of: instant)).first { $0.start <= instant && instant < $0.end }
    }

    /// The first instant at or after `instant` at which the department is open: the instant itself
    /// while open, else the next opening. Nil when nothing opens within the horizon.
    public func clockStart(atOrAfter instant: Date) -> Date? {
        guard let period = periods(endingAfter: instant).first(where: { _ in true }) else { return nil }
        return max(period.start, instant)
    }

    /// The next moment the department opens after `instant` (strictly later), for "opens at 10:00".
    public func nextOpening(after instant: Date) -> Date? {
        periods(endingAfter: instant).first { $0.start > instant }?.start
    }

    /// Total open time in `[from, to)`.
    public func openTime(from: Date, to: Date) -> TimeInterval {
        guard to > from else { return 0 }
        var total: TimeInterval = 0
        var date = localDate(of: from)
        let last = localDate(of: to)
        while date <= last {
            for period in periods(on: date) {
                let start = max(period.start, from)
                let end = min(period.end, to)
                if end > start { total += end.timeIntervalSince(start) }
            }
            date = date.adding(days: 1)
        }
        return total
    }
}
