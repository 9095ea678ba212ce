import DutyDeskCore
import DutyDeskStore
import Foundation

/// The absence form, and the offer of its shifts to colleagues afterwards.
extension DutyFormUpdate {
    static func change(_ form: inout AbsenceForm, _ command: DutyUICommand) {
        switch command {
        case .fieldUp, .fieldDown: form.field = ring(form.field, command, in: AbsenceForm.Field.allCases)
        case .valuePrevious, .valueNext:
            let step = command == .valueNext ? 1 : -1
            switch form.field {
            case .person where !form.people.isEmpty:
                form.personIndex = ring(form.personIndex, by: step, count: form.people.count)
            case .reason:
                form.reasonIndex = ring(form.reasonIndex, by: step, count: AbsenceForm.reasons.count)
            default: break
            }
        case .erase:
            switch form.field {
            case .from: _ = form.from.popLast()
            case .to: _ = form.to.popLast()
            default: break
            }
        default: break
        }
    }

    static func submit(_ form: AbsenceForm, _ state: inout AppState) -> [Effect] {
        guard form.people.indices.contains(form.personIndex) else { return [] }
        guard let from = date(form.from), let to = date(form.to) else {
            state.duty.formProblem = badDate(date(form.from) == nil ? form.from : form.to)
            return []
        }
        state.duty.submitted()
        return [.duty(.edit(.absence(username: form.people[form.personIndex], from: from, to: to,
                                     reason: AbsenceForm.reasons[form.reasonIndex])))]
    }

    /// "2026-11-10" or "10.11.2026".
    static func date(_ text: String) -> LocalDate? { LocalDate(typed: text) }

    // MARK: - Covering an absence

    static func change(_ form: inout CoverForm, _ command: DutyUICommand) {
        guard !form.rows.isEmpty else { return }
        switch command {
        case .fieldUp: form.row = max(form.row - 1, 0)
        case .fieldDown: form.row = min(form.row + 1, form.rows.count - 1)
        case .valuePrevious, .valueNext:
            // The choices in a ring: nobody, then each candidate.
            var row = form.rows[form.row]
            let count = row.candidates.count + 1
            let wrapped = ring(row.choice.map { $0 + 1 } ?? 0, by: command == .valueNext ? 1 : -1, count: count)
            row.choice = wrapped == 0 ? nil : wrapped - 1
            form.rows[form.row] = row
        default: break
        }
    }
}
