import DutyDeskCore
import DutyDeskStore
import Foundation

/// The rotation form: a period and a pattern, turned into a preview request.
extension DutyFormUpdate {
    static func change(_ form: inout GenerateForm, _ command: DutyUICommand) {
        switch command {
        case .fieldUp, .fieldDown: form.field = ring(form.field, command, in: GenerateForm.Field.allCases)
        case .valuePrevious, .valueNext:
            if form.field == .replace { form.replaceManual.toggle() }
        case .erase:
            switch form.field {
            case .from: _ = form.from.popLast()
            case .to: _ = form.to.popLast()
            case .split: _ = form.split.popLast()
            case .replace: break
            }
        default: break
        }
    }

    static func submit(_ form: GenerateForm, _ state: inout AppState) -> [Effect] {
        let pageID = form.pageID
        guard let from = date(form.from), let to = date(form.to) else {
            state.duty.formProblem = badDate(date(form.from) == nil ? form.from : form.to)
            return []
        }
        var pattern = RotationPattern.wholeDays
        if !form.split.isEmpty {
            guard let time = TimeOfDay(text: form.split), time.minutes > 0, time < .endOfDay else {
                state.duty.formProblem = badTime(form.split)
                return []
            }
            pattern = .split(at: time)
        }
        state.duty.submitted()
        return [.duty(.previewRotation(RotationOrder(pageID: pageID, from: from, to: to, pattern: pattern,
                                                     replaceManual: form.replaceManual)))]
    }
}
