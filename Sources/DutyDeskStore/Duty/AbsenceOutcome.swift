import DutyDeskCore
import Foundation

/// What recording an absence leaves to do: the person's shifts in it, each with the colleagues
/// who could take it, so the panel (or the CLI) can offer them (regulation 5.15).
public struct AbsenceOutcome: Sendable, Equatable {
    public var absenceID: Int64
    public var username: String
    public var absence: Absence
    public var affected: [AffectedShift]
}

public struct AffectedShift: Sendable, Equatable {
    public var shift: Shift
    /// The page's other administrators who are neither absent on the shift's dates nor on
    /// another shift then, alphabetically.
    public var candidates: [String]
}
