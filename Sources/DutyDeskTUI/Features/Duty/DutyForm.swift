import DutyDeskCore
import DutyDeskStore
import Foundation

/// The forms of the schedule panel; while one is open it has the keys.
public enum DutyForm: Sendable, Equatable {
    /// `r`: who takes the selected shift.
    case reassign(PersonPicker)
    /// `x`/Del: the selected shift, to delete after a yes.
    case confirmDelete(shiftID: Int64)
    /// `a` and `m`: a new shift, or a new day and start for the selected one.
    case shift(ShiftForm)
    /// `A`: an absence to record.
    case absence(AbsenceForm)
    /// After an absence: its shifts, each offered to a colleague or left uncovered.
    case cover(CoverForm)
    /// `g`: a rotation's period and pattern, then its preview to apply or drop.
    case generate(GenerateForm)
    case rotationPreview(RotationPlan)
    /// Why the operator may not change this schedule (an edit key on a read-only panel).
    case refusal(Localized)

    var isPreview: Bool {
        if case .rotationPreview = self { return true }
        return false
    }
}

/// The rotation form: the period (dates typed), where to split the days (empty: whole days),
/// and whether the coordinator's own shifts in the period go too.
public struct GenerateForm: Sendable, Equatable {
    public enum Field: Sendable, Equatable, CaseIterable {
        case from, to, split, replace
    }

    public var pageID: String
    public var from: String
    public var to: String
    public var split = ""
    public var replaceManual = false
    public var field: Field = .from
}

/// A list of people to pick one from.
public struct PersonPicker: Sendable, Equatable {
    public var shiftID: Int64
    public var choices: [String]
    public var index = 0

    public var chosen: String? { choices.indices.contains(index) ? choices[index] : nil }
}

/// The fields of the add and move forms. Times are typed ("10:00"); the day and the person
/// are chosen with ←/→ among the week's days and the page's team.
public struct ShiftForm: Sendable, Equatable {
    public enum Mode: Sendable, Equatable {
        case add
        /// Keeps the shift's length; only the day and the start change.
        case move(shiftID: Int64, duration: TimeInterval)
    }

    public enum Field: Sendable, Equatable, CaseIterable {
        case day, start, end, person
    }

    public var mode: Mode
    public var pageID: String
    /// 0 = Monday of the week shown.
    public var dayOffset: Int
    public var start: String
    public var end: String
    public var people: [String]
    public var personIndex = 0
    public var field: Field = .day

    /// The fields this mode asks for, in order.
    public var fields: [Field] {
        switch mode {
        case .add: Field.allCases
        case .move: [.day, .start]
        }
    }
}

/// The absence form: who, from and to (dates typed), and why.
public struct AbsenceForm: Sendable, Equatable {
    public enum Field: Sendable, Equatable, CaseIterable {
        case person, from, to, reason
    }

    public static let reasons: [AbsenceReason] = [.vacation, .sickLeave, .other]

    public var people: [String]
    public var personIndex = 0
    public var from: String
    public var to: String
    public var reasonIndex = 0
    public var field: Field = .person
}

/// The shifts an absence leaves without their person, each with the colleagues free to take it.
public struct CoverForm: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var shift: Shift
        public var candidates: [String]
        /// Index into `candidates`; nil: leave the shift uncovered for now.
        public var choice: Int?
        /// False for a shift of a page the operator may not edit: its coordinator decides.
        public var editable = true
    }

    public var username: String
    public var rows: [Row]
    public var row = 0
}
