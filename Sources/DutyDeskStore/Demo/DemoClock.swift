import DutyDeskCore
import Foundation

/// Places demo messages in time so that, at the demo clock, each item shows the countdown its
/// script asks for, whatever the day and hour the demo is made.
enum DemoClock {
    /// The latest arrival whose deadline leaves at most `remaining` of open time at `now`
    /// (negative: overdue by that much open time). Arrivals are searched back over 60 days.
    ///
    /// Remaining time never decreases as the arrival moves later, so a binary search finds it.
    static func arrival(leaving remaining: TimeInterval, at now: Date, on timeline: OpenTimeline) -> Date {
        func remainingAt(_ arrival: Date) -> TimeInterval {
            guard let deadline = timeline.replyDeadline(forArrival: arrival) else { return .infinity }
            return timeline.remainingOpenTime(until: deadline.dueAt, at: now)
        }
        var early = now.addingTimeInterval(-60 * 86_400)
        var late = now.addingTimeInterval(-60)
        if remainingAt(late) <= remaining { return late }
        if remainingAt(early) > remaining { return early }
        while late.timeIntervalSince(early) > 30 {
            let middle = early.addingTimeInterval(late.timeIntervalSince(early) / 2)
            if remainingAt(middle) <= remaining { early = middle } else { late = middle }
        }
        return Date(timeIntervalSince1970: (early.timeIntervalSince1970 / 60).rounded(.down) * 60)
    }
}
