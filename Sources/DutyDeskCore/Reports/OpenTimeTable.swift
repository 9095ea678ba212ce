import Foundation

/// A timeline's open periods over a range of dates, laid out once as sorted integer arrays with
/// running totals, so that the open time between two instants and the 6.2 deadline of an arrival
/// are a binary search away.
///
/// Why: a quarterly report asks these two questions for every request — up to a million of them.
/// `OpenTimeline` answers each by walking local dates through Foundation's calendar, which is
/// correct but costs microseconds per day walked. The table is built from the very same
/// `OpenTimeline.periods(on:)`, so its answers are the same; outside the dates it covers it
/// simply asks the timeline.
public final class OpenTimeTable: Sendable {
    // A class: the report hands one table to a million lookups, which should not copy five arrays.
    public let timeline: OpenTimeline
    /// Instants in `[coveredFrom, coveredTo)` are answered from the table.
    public let coveredFrom: Int64
    public let coveredTo: Int64

    private let starts: [Int64]
    private let ends: [Int64]
    /// Open seconds in the table before period i starts.
    private let openBefore: [Int64]
    /// Open seconds when period i ends (openBefore + its duration): what the deadline search walks.
    private let openAtEnd: [Int64]
    /// The total open time of the local date period i belongs to: the 6.2 allowance.
    private let dayAllowance: [Int64]

    /// A table for the local dates from `from`'s to `to`'s (both included).
    public init(timeline: OpenTimeline, from: Date, to: Date) {
        self.timeline = timeline
        let first = timeline.localDate(of: from)
        let last = max(first, timeline.localDate(of: to))
        var starts: [Int64] = [], ends: [Int64] = [], openBefore: [Int64] = [], openAtEnd: [Int64] = []
        var allowance: [Int64] = []
        var total: Int64 = 0
        var date = first
        while date <= last {
            let periods = timeline.periods(on: date).map {
                (Int64($0.start.timeIntervalSince1970), Int64($0.end.timeIntervalSince1970))
            }
            let day = periods.reduce(Int64(0)) { $0 + ($1.1 - $1.0) }
            for (start, end) in periods {
                // Periods of consecutive days never overlap; a daylight-saving oddity that made one
                // would be skipped rather than counted twice.
                if let previousEnd = ends.last, start < previousEnd { continue }
                starts.append(start)
                ends.append(end)
                openBefore.append(total)
                total += end - start
                openAtEnd.append(total)
                allowance.append(day)
            }
            date = date.adding(days: 1)
        }
        self.starts = starts
        self.ends = ends
        self.openBefore = openBefore
        self.openAtEnd = openAtEnd
        self.dayAllowance = allowance
        coveredFrom = Int64(timeline.instant(first, TimeOfDay(minutes: 0)!).timeIntervalSince1970)
        coveredTo = Int64(timeline.instant(last.adding(days: 1), TimeOfDay(minutes: 0)!).timeIntervalSince1970)
    }

    private func covers(_ instant: Int64) -> Bool { instant >= coveredFrom && instant <= coveredTo }

    /// Open seconds in `[from, to)`: `OpenTimeline.openTime(from:to:)` in whole seconds.
    public func openSeconds(from: Int64, to: Int64) -> Int64 {
        guard to > from else { return 0 }
        guard covers(from), covers(to) else {
            return Int64(timeline.openTime(from: Date(timeIntervalSince1970: TimeInterval(from)),
                                           to: Date(timeIntervalSince1970: TimeInterval(to))).rounded())
        }
        return openBeforeInstant(to) - openBeforeInstant(from)
    }

    /// The 6.2 deadline of an arrival, as `OpenTimeline.replyDeadline(forArrival:)` gives it;
    /// nil when there is none.
    public func deadline(forArrival arrival: Int64) -> Int64? {
        if covers(arrival), let due = tableDeadline(arrival) { return due }
        return timeline.replyDeadline(forArrival: Date(timeIntervalSince1970: TimeInterval(arrival)))
            .map { Int64($0.dueAt.timeIntervalSince1970.rounded()) }
    }

    /// Nil when the answer lies beyond the table (the caller then asks the timeline).
    private func tableDeadline(_ arrival: Int64) -> Int64? {
        // The clock starts in the first period that ends after the arrival.
        let first = firstIndex(in: ends) { $0 > arrival }
        guard first < starts.count else { return nil }
        let clockStart = max(starts[first], arrival)
        // The timeline looks no further than `OpenTimeline.horizonDays` local days for the
        // opening, and as far again for the deadline: a wait that long is left to it, so that
        // the table never finds an opening the timeline would not.
        guard clockStart - arrival < Self.longestTabledWait else { return nil }
        let target = openBeforeInstant(clockStart) + dayAllowance[first]
        // The deadline lies in the first period by whose end the clock has run for the allowance.
        let last = firstIndex(in: openAtEnd) { $0 >= target }
        guard last < starts.count else { return nil }
        let due = starts[last] + (target - openBefore[last])
        guard due - clockStart < Self.longestTabledWait else { return nil }
        return due
    }

    /// Well inside the horizon whatever the daylight-saving changes (300 days).
    static let longestTabledWait: Int64 = 300 * 86_400

    /// Open seconds in the table before `instant`.
    private func openBeforeInstant(_ instant: Int64) -> Int64 {
        let next = firstIndex(in: starts) { $0 > instant }
        guard next > 0 else { return 0 }
        let period = next - 1
        return openBefore[period] + min(instant, ends[period]) - starts[period]
    }

    /// The first index whose value satisfies a predicate that is false, then true, along the array.
    private func firstIndex(in values: [Int64], where isPast: (Int64) -> Bool) -> Int {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(values[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
