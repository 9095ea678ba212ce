import Foundation

/// How the rotation cuts an open day into shifts.
public enum RotationPattern: Hashable, Sendable, CustomStringConvertible {
    /// One shift per open day, from the first opening to the last closing (across a lunch break:
    /// the person on duty keeps the day).
    case wholeDays
    /// Two shifts per open day, the first ending and the second starting at this local time.
    /// A day that is open only on one side of the time gets one shift.
    case split(at: TimeOfDay)

    public var description: String {
        switch self {
        case .wholeDays: "whole-days"
        case .split(let time): "split-\(time)"
        }
    }

    /// The shift slots of one local date, in order. Each slot starts at an opening and ends at a
    /// closing, so a shift never begins or ends in closed time (a split at 14:00 with a lunch
    /// break 14:00–15:00 gives 11:00–14:00 and 15:00–19:00).
    public func slots(on date: LocalDate, timeline: OpenTimeline) -> [DateInterval] {
        let periods = timeline.periods(on: date)
        guard let first = periods.first, let last = periods.last else { return [] }
        let day = DateInterval(start: first.start, end: last.end)
        switch self {
        case .wholeDays:
            return [day]
        case .split(let time):
            let cut = timeline.instant(date, time)
            guard cut > day.start, cut < day.end else { return [day] }
            return [DateInterval(start: day.start, end: cut), DateInterval(start: cut, end: day.end)]
                .compactMap { Self.trimmed($0, to: periods) }
        }
    }

    /// `part` shrunk to start at its first open instant and end at its last; nil with no open time.
    static func trimmed(_ part: DateInterval, to periods: [DateInterval]) -> DateInterval? {
        let open = periods.compactMap { IntervalArithmetic.intersection($0, part) }
        guard let first = open.first, let last = open.last else { return nil }
        return DateInterval(start: first.start, end: last.end)
    }
}
