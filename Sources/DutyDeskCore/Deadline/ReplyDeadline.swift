import Foundation

/// The reply deadline of regulation 6.2: "no more than one working day of the department".
public struct ReplyDeadline: Equatable, Sendable {
    /// When the reply clock started: the arrival, or the next opening if the department was closed.
    public let clockStart: Date
    /// One working day: the total open time of the local date on which the clock started.
    public let allowance: TimeInterval
    /// The instant at which the clock has run for the allowance.
    public let dueAt: Date
}

extension OpenTimeline {
    /// The deadline for a message that arrived at `arrival`, or nil when the department has no
    /// open time to start or finish the clock within the horizon ("no deadline").
    public func replyDeadline(forArrival arrival: Date) -> ReplyDeadline? {
        guard let start = clockStart(atOrAfter: arrival) else { return nil }
        let allowance = periods(on: localDate(of: start))
            .reduce(0) { $0 + $1.duration }
        var left = allowance
        for period in periods(endingAfter: start) {
            let from = max(period.start, start)
            let available = period.end.timeIntervalSince(from)
            if available >= left {
                return ReplyDeadline(clockStart: start, allowance: allowance,
                                     dueAt: from.addingTimeInterval(left))
            }
            left -= available
        }
        return nil
    }

    /// The open time left until `deadline` at `now`; negative when overdue, by the open time that
    /// has passed since the deadline. It changes only while the department is open.
    public func remainingOpenTime(until deadline: Date, at now: Date) -> TimeInterval {
        if now <= deadline {
            return openTime(from: now, to: deadline)
        }
        return -openTime(from: deadline, to: now)
    }
}
