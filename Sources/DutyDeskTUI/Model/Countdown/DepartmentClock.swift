import DutyDeskCore
import Foundation

/// A department's calendar laid out for countdowns: the exact timeline plus a precomputed
/// table around "now" for the fast path.
public struct DepartmentClock: Sendable {
    /// How many days around the build time the table covers. Overdue items older than this
    /// still count exactly, through the timeline, only more slowly.
    public static let daysBack = 45
    public static let daysAhead = 45

    /// However old the oldest open deadline, the table reaches no further back than this.
    public static let mostDaysBack = 400

    public let timeline: OpenTimeline
    public let table: OpenTimeTable
    /// The oldest open deadline the table was asked to cover.
    public let earliest: Date?

    /// A table from `daysBack` before now (or a day before `earliest`, the oldest open
    /// deadline, if that is older) to `daysAhead` after it.
    public init(timeline: OpenTimeline, around now: Date, earliest: Date? = nil) {
        self.timeline = timeline
        self.earliest = earliest
        var from = now.addingTimeInterval(-Double(Self.daysBack) * 86_400)
        if let earliest {
            from = max(min(from, earliest.addingTimeInterval(-86_400)),
                       now.addingTimeInterval(-Double(Self.mostDaysBack) * 86_400))
        }
        table = OpenTimeTable(timeline: timeline, from: from, to: now.addingTimeInterval(Double(Self.daysAhead) * 86_400))
    }

    /// Open seconds left until `deadline` at `now`; negative past it (as `remainingOpenTime`).
    public func remaining(until deadline: Int64, at now: Int64) -> Int64 {
        if now <= deadline {
            if let fast = table.openTime(from: now, to: deadline) { return fast }
        } else if let fast = table.openTime(from: deadline, to: now) {
            return -fast
        }
        let exact = timeline.remainingOpenTime(until: Date(timeIntervalSince1970: TimeInterval(deadline)),
                                               at: Date(timeIntervalSince1970: TimeInterval(now)))
        return Int64(exact.rounded())
    }

    public func isOpen(at now: Int64) -> Bool {
        table.isOpen(at: now) ?? timeline.isOpen(at: Date(timeIntervalSince1970: TimeInterval(now)))
    }

    public func nextOpening(after now: Int64) -> Int64? {
        if let fast = table.nextOpening(after: now) { return fast }
        return timeline.nextOpening(after: Date(timeIntervalSince1970: TimeInterval(now)))
            .map { Int64($0.timeIntervalSince1970) }
    }

    /// The instant before which a deadline has less than `seconds` of open time left.
    public func horizon(openSeconds seconds: Int64, from now: Int64) -> Int64 {
        table.instant(afterOpenSeconds: seconds, from: now) ?? table.coverEnd
    }

    /// Whether the table still covers `now` with a day to spare; if not, rebuild.
    public func isFresh(at now: Int64) -> Bool {
        now - 86_400 >= table.coverStart && now + 86_400 * 7 <= table.coverEnd
    }
}
