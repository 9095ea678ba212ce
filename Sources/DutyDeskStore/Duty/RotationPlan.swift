import DutyDeskCore
import Foundation

/// What `duty generate` asks for: one page, a period of local dates, a pattern, and whether the
/// coordinator's own shifts in the period go too.
public struct RotationOrder: Sendable, Equatable {
    public var pageID: String
    public var from: LocalDate
    public var to: LocalDate
    public var pattern: RotationPattern
    /// False (the default): manual shifts stay and the rotation fills around them; only earlier
    /// rotation shifts in the period are replaced. True: every shift starting in the period goes.
    public var replaceManual: Bool

    /// The longest period one rotation covers: a year, so a typo cannot make a century of shifts.
    public static let longestPeriodDays = 366

    /// The first day a rotation may start: tomorrow, in the department's zone. Applying
    /// replaces the shifts of the period, and a shift that has started (or passed) is what
    /// happened, not a plan to redo: today is never in a rotation's period.
    public static func earliestStart(now: Date, timeline: OpenTimeline) -> LocalDate {
        timeline.localDate(of: now).adding(days: 1)
    }

    public init(pageID: String, from: LocalDate, to: LocalDate, pattern: RotationPattern = .wholeDays,
                replaceManual: Bool = false) {
        self.pageID = pageID
        self.from = from
        self.to = to
        self.pattern = pattern
        self.replaceManual = replaceManual
    }
}

/// A rotation ready to show or applied: what it adds, what it removes, what it keeps.
public struct RotationPlan: Sendable, Equatable {
    public var order: RotationOrder
    public var team: [String]
    /// The proposal; after applying, its shifts carry their new ids.
    public var proposal: RotationProposal
    /// Shifts of the page that applying deletes (older rotation shifts; all, with `replaceManual`).
    public var removed: [Shift]
    /// Shifts of the page in the period that stay.
    public var kept: [Shift]
    public var applied: Bool
}
