import Foundation

/// Reply deadlines read from a table of a department's open periods in Unix seconds.
///
/// Gives exactly the answers of `OpenTimeline.replyDeadline` (the tests compare the two over
/// thousands of instants, across holidays and daylight-saving changes), but the calendar
/// arithmetic, which dominates that function, runs once per local day instead of several
/// times per call. For ingest, which needs a deadline for nearly every event it stores. The
/// table grows by whole days as arrivals need them, so it holds the days the feed spans plus
/// the horizon: a few hundred small entries, however many events.
public struct ReplyDeadlineTable {
    private struct Day {
        /// The first instant of the local day (local midnight, or the first instant after it
        /// when a daylight-saving change skips it).
        let start: Int64
        /// The open periods as `[start, end)` pairs, in order.
        let periods: [(start: Int64, end: Int64)]
    }

    public let timeline: OpenTimeline
    /// The day number of `days[0]`.
    private var firstDayNumber = 0
    private var days: [Day] = []
    /// The first instant after the last day in `days`.
    private var end: Int64 = 0

    public init(timeline: OpenTimeline) {
        self.timeline = timeline
    }

    /// The deadline of a message that arrived at `arrival` (Unix seconds); nil when the
    /// department opens too rarely to start and finish the clock within the horizon.
    public mutating func deadline(forArrival arrival: Int64) -> Int64? {
        guard let start = clockStart(atOrAfter: arrival) else { return nil }
        let startDay = dayIndex(of: start)
        let allowance = days[startDay].periods.reduce(0) { $0 + ($1.end - $1.start) }
        var left = allowance
        var index = startDay
        let lastIndex = startDay + OpenTimeline.horizonDays
        while index <= lastIndex {
            ensureDay(index)
            for period in days[index].periods where period.end > start {
                let from = max(period.start, start)
                let available = period.end - from
                if available >= left { return from + left }
                left -= available
            }
            index += 1
        }
        return nil
    }

    /// The first instant at or after `instant` at which the department is open.
    private mutating func clockStart(atOrAfter instant: Int64) -> Int64? {
        let first = dayIndex(of: instant)
        for index in first...(first + OpenTimeline.horizonDays) {
            ensureDay(index)
            if let period = days[index].periods.first(where: { $0.end > instant }) {
                return max(period.start, instant)
            }
        }
        return nil
    }

    /// The index in `days` of the local day `instant` falls on, adding days as needed.
    /// Indexes stay valid while days are only appended; a day before the first shifts them,
    /// so callers take indexes only after this call.
    private mutating func dayIndex(of instant: Int64) -> Int {
        if days.isEmpty {
            let date = timeline.localDate(of: Date(timeIntervalSince1970: TimeInterval(instant)))
            firstDayNumber = date.dayNumber
            days = [makeDay(date)]
            end = dayStart(date.adding(days: 1))
        }
        while instant < days[0].start {
            firstDayNumber -= 1
            days.insert(makeDay(LocalDate(dayNumber: firstDayNumber)), at: 0)
        }
        while instant >= end { ensureDay(days.count) }
        // The last day whose start is at or before the instant.
        var low = 0, high = days.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if days[middle].start <= instant { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Makes sure `days[index]` exists, appending the days up to it.
    private mutating func ensureDay(_ index: Int) {
        while days.count <= index {
            let date = LocalDate(dayNumber: firstDayNumber + days.count)
            days.append(makeDay(date))
            end = dayStart(date.adding(days: 1))
        }
    }

    private func makeDay(_ date: LocalDate) -> Day {
        Day(start: dayStart(date), periods: timeline.periods(on: date).map {
            (Int64($0.start.timeIntervalSince1970), Int64($0.end.timeIntervalSince1970))
        })
    }

    private func dayStart(_ date: LocalDate) -> Int64 {
        Int64(timeline.instant(date, TimeOfDay(minutes: 0)!).timeIntervalSince1970)
    }
}
