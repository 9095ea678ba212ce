import DutyDeskCore

/// Where an item's reply clock stands at one moment, computed per visible row per tick.
public enum Countdown: Equatable, Sendable {
    /// The department is open and the clock runs.
    case running(remaining: Int64)
    /// The department is closed: the clock stands still until it opens.
    case paused(remaining: Int64, opensAt: Int64?)
    /// Past the deadline, by this much open time.
    case overdue(by: Int64)
    /// Open, but the calendar has no open time ahead: no deadline.
    case noDeadline
    case answered
    case closed

    /// Items due within this much open time are "due soon".
    public static let dueSoonSeconds: Int64 = 3600

    public static func of(status: ItemStatus, deadline: Int64?, clock: DepartmentClock?, now: Int64) -> Countdown {
        switch status {
        case .answered: return .answered
        case .closed: return .closed
        case .open: break
        }
        guard let deadline, let clock else { return .noDeadline }
        if deadline < now {
            return .overdue(by: max(-clock.remaining(until: deadline, at: now), 0))
        }
        let remaining = clock.remaining(until: deadline, at: now)
        if clock.isOpen(at: now) { return .running(remaining: remaining) }
        return .paused(remaining: remaining, opensAt: clock.nextOpening(after: now))
    }

    /// The style role of the countdown: urgency first.
    public var role: StyleRole {
        switch self {
        case .overdue: .overdue
        case .running(let left): left < Self.dueSoonSeconds ? .dueSoon : .ok
        case .paused(let left, _): left < Self.dueSoonSeconds ? .dueSoon : .paused
        case .noDeadline: .warning
        case .answered, .closed: .muted
        }
    }
}
