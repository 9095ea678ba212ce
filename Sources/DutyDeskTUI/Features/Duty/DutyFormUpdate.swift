import DutyDeskCore
import DutyDeskStore
import Foundation

/// Keys while a duty form is open: moving between fields, changing values, typing, and
/// turning a filled form into a `DutyEdit`.
enum DutyFormUpdate {
    static func command(_ command: DutyUICommand, _ state: inout AppState) -> [Effect] {
        guard let form = state.duty.form else { return [] }
        if command == .cancel {
            state.duty.open(nil)
            return []
        }
        if [.erase, .valuePrevious, .valueNext].contains(command), !form.isPreview {
            // A changed value: the last refusal no longer applies to what is shown.
            state.duty.formProblem = nil
        }
        switch form {
        case .refusal:
            if command == .submit { state.duty.open(nil) }
            return []
        case .confirmDelete(let id):
            guard command == .submit else { return [] }
            state.duty.open(nil)
            return [.duty(.edit(.delete(shiftID: id)))]
        case .reassign(var picker):
            switch command {
            case .fieldUp: picker.index = max(picker.index - 1, 0)
            case .fieldDown: picker.index = min(picker.index + 1, picker.choices.count - 1)
            case .submit:
                state.duty.submitted()
                return picker.chosen.map { [.duty(.edit(.assign(shiftID: picker.shiftID, username: $0)))] } ?? []
            default: break
            }
            state.duty.form = .reassign(picker)
            return []
        case .shift(var shiftForm):
            if command == .submit { return submit(shiftForm, &state) }
            change(&shiftForm, command)
            state.duty.form = .shift(shiftForm)
            return []
        case .absence(var absence):
            if command == .submit { return submit(absence, &state) }
            change(&absence, command)
            state.duty.form = .absence(absence)
            return []
        case .generate(var generate):
            if command == .submit { return submit(generate, &state) }
            change(&generate, command)
            state.duty.form = .generate(generate)
            return []
        case .rotationPreview(let plan):
            switch command {
            case .fieldUp: state.duty.previewScroll = max(state.duty.previewScroll - 1, 0)
            case .fieldDown: state.duty.previewScroll = min(state.duty.previewScroll + 1, max(plan.proposal.shifts.count - 1, 0))
            case .valuePrevious: state.duty.previewScroll = max(state.duty.previewScroll - RotationPreviewView.page, 0)
            case .valueNext:
                state.duty.previewScroll = min(state.duty.previewScroll + RotationPreviewView.page, max(plan.proposal.shifts.count - 1, 0))
            case .submit:
                state.duty.submitted()
                return [.duty(.edit(.applyRotation(plan.order)))]
            default: break
            }
            return []
        case .cover(var cover):
            if command == .submit {
                state.duty.open(nil)
                let chosen = cover.rows.compactMap { row -> ShiftAssignment? in
                    guard let choice = row.choice, let id = row.shift.id else { return nil }
                    return ShiftAssignment(shiftID: id, username: row.candidates[choice])
                }
                return chosen.isEmpty ? [] : [.duty(.edit(.cover(chosen)))]
            }
            change(&cover, command)
            state.duty.form = .cover(cover)
            return []
        }
    }

    /// A character typed into the text field that has the focus (times and dates only).
    static func type(_ c: Character, _ state: inout AppState) {
        guard c.isNumber || c == ":" || c == "." || c == "-" else { return }
        // Typing corrects the form: the last refusal no longer applies to what is shown.
        if state.duty.form != nil { state.duty.formProblem = nil }
        switch state.duty.form {
        case .shift(var form):
            switch form.field {
            case .start: form.start.append(c)
            case .end: form.end.append(c)
            default: return
            }
            state.duty.form = .shift(form)
        case .absence(var form):
            switch form.field {
            case .from: form.from.append(c)
            case .to: form.to.append(c)
            default: return
            }
            state.duty.form = .absence(form)
        case .generate(var form):
            switch form.field {
            case .from: form.from.append(c)
            case .to: form.to.append(c)
            case .split: form.split.append(c)
            case .replace: return
            }
            state.duty.form = .generate(form)
        default:
            return
        }
    }
}
