import Foundation

/// What the rotation proposes for a period: the new shifts, what it could not cover, and the
/// hour counts that make its fairness checkable in the preview.
public struct RotationProposal: Sendable, Equatable {
    /// New shifts, in time order, `origin == .rotation` and no id.
    public var shifts: [Shift]
    /// Open time that still has nobody on duty with the kept and proposed shifts together:
    /// times when every member of the team is absent or busy elsewhere.
    public var uncovered: [CoverageGap]
    /// Open time on duty per team member over the period, kept shifts included.
    public var openTime: [String: TimeInterval]
    /// Members who are not absent on any date of the period and have no other shift in it:
    /// the people the fairness bound is about.
    public var fullyAvailable: [String]
    /// The open time of the longest proposed shift: the fairness bound.
    public var longestShiftOpenTime: TimeInterval

    public init(shifts: [Shift], uncovered: [CoverageGap], openTime: [String: TimeInterval],
                fullyAvailable: [String], longestShiftOpenTime: TimeInterval) {
        self.shifts = shifts
        self.uncovered = uncovered
        self.openTime = openTime
        self.fullyAvailable = fullyAvailable
        self.longestShiftOpenTime = longestShiftOpenTime
    }

    /// The difference between the most and the least open time among fully available members.
    public var spread: TimeInterval {
        let hours = fullyAvailable.map { openTime[$0] ?? 0 }
        guard let most = hours.max(), let least = hours.min() else { return 0 }
        return most - least
    }

    /// Whether the fairness bound holds (see `RotationGenerator`).
    public var isFair: Bool { spread <= longestShiftOpenTime }
}
