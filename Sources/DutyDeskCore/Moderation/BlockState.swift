import Foundation

/// Where a block stands at an instant. A block is in force over the half-open span
/// `[from, until)`, unless it was lifted by hand earlier: at `until` exactly it no longer applies.
///
/// Expiry is computed from the stored times rather than written by a timer, so a block ends at
/// its end even when no dutydesk is running at that moment.
public enum BlockState: Sendable, Equatable {
    /// Starts later than the instant asked about.
    case scheduled
    /// In force; `remaining` is the wall-clock time left, nil for a permanent block.
    case active(remaining: TimeInterval?)
    /// Ended by itself at its end time.
    case expired(at: Date)
    /// Ended by an unblock (in dutydesk or VK) at that instant.
    case lifted(at: Date)

    /// The state at `instant` of a block from `from` until `until` (nil: permanent), lifted at
    /// `liftedAt` (nil: never). An unblock after the block had already expired changes nothing:
    /// the block had ended by then.
    public init(from: Date, until: Date?, liftedAt: Date?, at instant: Date) {
        if let liftedAt, liftedAt <= instant, until.map({ liftedAt < $0 }) ?? true {
            self = .lifted(at: liftedAt)
        } else if let until, until <= instant {
            self = .expired(at: until)
        } else if instant < from {
            self = .scheduled
        } else {
            self = .active(remaining: until.map { $0.timeIntervalSince(instant) })
        }
    }

    /// The same rule on the database's Unix seconds.
    public init(fromSeconds: Int64, untilSeconds: Int64?, liftedSeconds: Int64?, atSeconds: Int64) {
        func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
        self.init(from: date(fromSeconds), until: untilSeconds.map(date), liftedAt: liftedSeconds.map(date),
                  at: date(atSeconds))
    }

    public var isActive: Bool {
        if case .active = self { return true }
        return false
    }

    /// A short code for JSON and filters: scheduled, active, expired, lifted.
    public var code: String {
        switch self {
        case .scheduled: "scheduled"
        case .active: "active"
        case .expired: "expired"
        case .lifted: "lifted"
        }
    }
}
