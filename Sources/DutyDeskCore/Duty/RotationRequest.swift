import Foundation

/// Everything the rotation needs for one page and one period; a plain value, so the generator
/// is a pure function of it.
public struct RotationRequest: Sendable {
    public var pageID: String
    /// The page's department's open time.
    public var timeline: OpenTimeline
    /// The page's administrators in rotation order (ties go to whoever had the turn longest ago,
    /// then to this order).
    public var team: [String]
    /// Absences per username; nobody is scheduled on a date they are away.
    public var absences: [String: [Absence]]
    /// The first and last local date of the period, both included.
    public var from: LocalDate
    public var to: LocalDate
    public var pattern: RotationPattern
    /// This page's shifts that stay (the coordinator's manual edits): the rotation fills around
    /// them and counts their hours.
    public var kept: [Shift]
    /// The team's shifts on other pages: nobody is put on two overlapping shifts.
    public var busy: [Shift]

    public init(pageID: String, timeline: OpenTimeline, team: [String], absences: [String: [Absence]] = [:],
                from: LocalDate, to: LocalDate, pattern: RotationPattern = .wholeDays,
                kept: [Shift] = [], busy: [Shift] = []) {
        self.pageID = pageID
        self.timeline = timeline
        self.team = team
        self.absences = absences
        self.from = from
        self.to = to
        self.pattern = pattern
        self.kept = kept
        self.busy = busy
    }

    /// The period as instants: from the start of `from` to the start of the day after `to`.
    /// Empty (at `from`) when the period runs backwards.
    public var window: DateInterval {
        let start = timeline.instant(from, TimeOfDay(minutes: 0)!)
        return DateInterval(start: start, end: max(start, timeline.instant(to, .endOfDay)))
    }

    public var dates: [LocalDate] {
        from <= to ? (0...from.days(until: to)).map { from.adding(days: $0) } : []
    }

    func isAbsent(_ username: String, on date: LocalDate) -> Bool {
        (absences[username] ?? []).contains { $0.covers(date) }
    }
}
