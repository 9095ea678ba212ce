/// Why a staff member is away (regulation 5.15); the rotation skips absent people.
public enum AbsenceReason: String, Sendable, Codable, CaseIterable {
    case vacation
    case sickLeave = "sick_leave"
    case other
}
