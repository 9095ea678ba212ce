import DutyDeskCore
import Foundation

/// A department's open periods over a span of days with running totals, so that "open time
/// between two instants" is two binary searches instead of a walk over calendar days.
///
/// Built once per department (in the background, with the inbox), it makes a countdown tick
/// cost microseconds per visible row. Instants outside the span answer nil, and the caller
/// falls back to `OpenTimeline` (exact, slower).
public struct OpenTimeTable: Sendable {
    /// Seconds in [coverStart, coverEnd) are answered.
    public let coverStart: Int64
    public let coverEnd: Int64
    private let starts: [Int64]
    private let ends: [Int64]
    /// Open seconds before period i, from `coverStart`.
    private let before: [Int64]

    public init(timeline: OpenTimeline, from: Date, to: Date) {
        var starts: [Int64] = [], ends: [Int64] = [], before: [Int64] = []
        var total: Int64 = 0
        var date = timeline.localDate(of: from)
        let last = timeline.localDate(of: to)
        // Whole local days, so the span starts and ends at a day boundary of the department.
        let first = Int64(timeline.instant(date, TimeOfDay(minutes: 0)!).timeIntervalSince1970)
        while date <= last {
            for period in timeline.periods(on: date) {
                let start = Int64(period.start.timeIntervalSince1970)
                let end = Int64(period.end.timeIntervalSince1970)
                starts.append(start)
                ends.append(end)
                before.append(total)
                total += end - start
            }
            date = date.adding(days: 1)
        }
        coverStart = first
        coverEnd = Int64(timeline.instant(last.adding(days: 1), TimeOfDay(minutes: 0)!).timeIntervalSince1970)
        self.starts = starts
        self.ends = ends
        self.before = before
    }

    public func covers(_ t: Int64) -> Bool { t >= coverStart && t <= coverEnd }

    /// Open seconds in [coverStart, t); nil outside the span.
    public func cumulative(_ t: Int64) -> Int64? {
        guard covers(t) else { return nil }
        // The last period that starts at or before t.
        let i = lastIndex(startingAtOrBefore: t)
        guard i >= 0 else { return 0 }
        return before[i] + (min(t, ends[i]) - starts[i])
    }

    /// Open seconds in [from, to), negative when `to` is before `from`; nil outside the span.
    public func openTime(from: Int64, to: Int64) -> Int64? {
        guard let a = cumulative(from), let b = cumulative(to) else { return nil }
        return b - a
    }

    public func isOpen(at t: Int64) -> Bool? {
        guard covers(t) else { return nil }
        let i = lastIndex(startingAtOrBefore: t)
        return i >= 0 && t < ends[i]
    }

    /// The next opening strictly after t; nil when outside the span or none within it.
    public func nextOpening(after t: Int64) -> Int64? {
        guard covers(t) else { return nil }
        let i = lastIndex(startingAtOrBefore: t) + 1
        return i < starts.count ? starts[i] : nil
    }

    /// The first instant T at which `seconds` of open time have passed since t (for "due within
    /// an hour": every deadline before it has less than that left). Nil past the span.
    public func instant(afterOpenSeconds seconds: Int64, from t: Int64) -> Int64? {
        guard let base = cumulative(t) else { return nil }
        let target = base + seconds
        // The first period whose running total reaches the target.
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if before[mid] + (ends[mid] - starts[mid]) < target { low = mid + 1 } else { high = mid }
        }
        guard low < starts.count else { return nil }
        return max(starts[low] + (target - before[low]), t)
    }

    private func lastIndex(startingAtOrBefore t: Int64) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= t { low = mid + 1 } else { high = mid }
        }
        return low - 1
    }
}
