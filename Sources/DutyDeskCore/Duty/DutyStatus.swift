import Foundation

/// Who is on duty on a page now and who comes next, and whether the department is open with
/// nobody on duty: what the inbox header shows.
public struct DutyStatus: Sendable, Equatable {
    public var pageID: String
    public var at: Date
    /// Shifts running now whose person is not absent today (usually one).
    public var onDuty: [Shift]
    /// The next shift to start after `at` whose person is not absent then.
    public var next: Shift?
    /// Whether the department is open at `at`.
    public var isOpen: Bool
    /// While the department is open with nobody on duty: the gap, to say until when.
    public var currentGap: CoverageGap?

    public init(pageID: String, at: Date, onDuty: [Shift], next: Shift?, isOpen: Bool, currentGap: CoverageGap?) {
        self.pageID = pageID
        self.at = at
        self.onDuty = onDuty
        self.next = next
        self.isOpen = isOpen
        self.currentGap = currentGap
    }

    /// The header's warning: open now, nobody on duty.
    public var isUncovered: Bool { currentGap != nil }
}

/// Works out `DutyStatus` from a page's shifts; pure, so the header logic is tested with values.
public enum DutyRoster {
    public static func status(
        pageID: String, timeline: OpenTimeline, shifts: [Shift], absences: [String: [Absence]] = [:], at now: Date
    ) -> DutyStatus {
        func present(_ shift: Shift, on instant: Date) -> Bool {
            let date = timeline.localDate(of: instant)
            return !(absences[shift.username] ?? []).contains { $0.covers(date) }
        }
        let own = shifts.filter { $0.pageID == pageID }.sorted { ($0.start, $0.username) < ($1.start, $1.username) }
        let onDuty = own.filter { $0.contains(now) && present($0, on: now) }
        let next = own.first { $0.start > now && present($0, on: $0.start) }
        let period = timeline.openPeriod(containing: now)
        var gap: CoverageGap?
        if let period, onDuty.isEmpty {
            gap = CoverageGaps.find(pageID: pageID, timeline: timeline, from: now, to: period.end,
                                    shifts: own, absences: absences).first { $0.contains(now) }
        }
        return DutyStatus(pageID: pageID, at: now, onDuty: onDuty, next: next, isOpen: period != nil, currentGap: gap)
    }
}
