import DutyDeskCore
import DutyDeskStore
import Foundation

/// What happens to the duty feature (answers from the database, mostly).
public enum DutyUIAction: Sendable {
    case loaded(DutyPanelData)
    case loadFailed(Localized)
    /// A change was written; what to say about it.
    case edited(Localized)
    /// An absence was recorded; its shifts are to be offered to colleagues.
    case absenceRecorded(AbsenceOutcome, Localized)
    /// A rotation as it would be applied, to show before applying.
    case rotationPreviewed(RotationPlan)
    /// The change was refused (rules, rights) or failed; nothing changed.
    case editFailed(Localized)
}

/// What the duty feature asks the runtime to do; `DutyUIEffects` performs it.
public enum DutyUIEffect: Equatable, Sendable {
    /// Load a page's (or a department's) week: nil scope means the preferred page, nil date this week.
    case load(DutyScope?, weekOf: LocalDate?)
    case edit(DutyEdit)
    /// Plan a rotation without writing it.
    case previewRotation(RotationOrder)
}

/// One change to the schedule, carried out through `DutyActions` (change log and audit included).
public enum DutyEdit: Equatable, Sendable {
    case add(pageID: String, username: String, start: Date, end: Date)
    case reschedule(shiftID: Int64, start: Date, end: Date)
    case delete(shiftID: Int64)
    case assign(shiftID: Int64, username: String)
    case swap(Int64, Int64)
    case absence(username: String, from: LocalDate, to: LocalDate, reason: AbsenceReason)
    case applyRotation(RotationOrder)
    /// Hands several shifts to colleagues (after an absence): shift id → username.
    case cover([ShiftAssignment])
}

public struct ShiftAssignment: Equatable, Sendable {
    public var shiftID: Int64
    public var username: String

    public init(shiftID: Int64, username: String) {
        self.shiftID = shiftID
        self.username = username
    }
}
