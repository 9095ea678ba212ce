import Foundation

/// One administrator on duty for one page over a half-open period `[start, end)`.
///
/// A plain value: the rotation proposes shifts without ids, the database gives them ids, and
/// the panels, the notices and the calendar export all read the same type.
public struct Shift: Hashable, Sendable {
    /// Nil for a shift that is only proposed (a rotation preview) and not yet stored.
    public var id: Int64?
    public var pageID: String
    public var username: String
    public var start: Date
    public var end: Date
    public var origin: ShiftOrigin

    public init(id: Int64? = nil, pageID: String, username: String, start: Date, end: Date,
                origin: ShiftOrigin = .manual) {
        self.id = id
        self.pageID = pageID
        self.username = username
        self.start = start
        self.end = end
        self.origin = origin
    }

    public init(id: Int64? = nil, pageID: String, username: String, interval: DateInterval,
                origin: ShiftOrigin = .manual) {
        self.init(id: id, pageID: pageID, username: username, start: interval.start, end: interval.end,
                  origin: origin)
    }

    public var interval: DateInterval { DateInterval(start: start, end: end) }

    public var duration: TimeInterval { end.timeIntervalSince(start) }

    /// Half-open overlap: a shift ending at 15:00 does not overlap one starting at 15:00.
    public func overlaps(_ other: Shift) -> Bool {
        start < other.end && other.start < end
    }

    public func overlaps(_ interval: DateInterval) -> Bool {
        start < interval.end && interval.start < end
    }

    public func contains(_ instant: Date) -> Bool {
        start <= instant && instant < end
    }

    /// The open time of the department inside the shift: what fairness and the hour counts
    /// measure, so a whole-day shift across a lunch break counts the open hours only.
    public func openTime(on timeline: OpenTimeline) -> TimeInterval {
        timeline.openTime(from: start, to: end)
    }

    /// The local dates the shift touches in the department's zone (an absence is a matter of
    /// dates, so a shift is blocked by an absence on any date it touches).
    public func localDates(on timeline: OpenTimeline) -> [LocalDate] {
        let first = timeline.localDate(of: start)
        let last = timeline.localDate(of: end.addingTimeInterval(-1))
        guard first <= last else { return [first] }
        return (0...first.days(until: last)).map { first.adding(days: $0) }
    }
}

/// Where a shift came from: the rotation regenerates its own shifts, and keeps the coordinator's.
public enum ShiftOrigin: String, Sendable, Codable, CaseIterable {
    /// Added or edited by hand; a new rotation keeps it unless told to replace everything.
    case manual
    /// Proposed by `RotationGenerator` and applied unchanged.
    case rotation
}
