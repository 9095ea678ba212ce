import DutyDeskCore
import DutyDeskStore
import Foundation

/// Carries out one `DutyEdit` and says what was done, in the operator's words.
enum DutyEditing {
    static func perform(_ edit: DutyEdit, with actions: DutyActions,
                        describe: (any Error) -> Localized = AppRuntime.describe) throws -> DutyUIAction {
        switch edit {
        case .add(let pageID, let username, let start, let end):
            try actions.add(pageID: pageID, username: username, start: start, end: end)
            return .edited(Localized(ru: "Смена добавлена.", en: "Shift added."))
        case .reschedule(let id, let start, let end):
            try actions.reschedule(shiftID: id, start: start, end: end)
            return .edited(Localized(ru: "Время смены изменено.", en: "Shift times changed."))
        case .delete(let id):
            try actions.delete(shiftID: id)
            return .edited(Localized(ru: "Смена удалена.", en: "Shift deleted."))
        case .assign(let id, let username):
            try actions.assign(shiftID: id, to: username)
            return .edited(Localized(ru: "Смена передана другому администратору.", en: "Shift reassigned."))
        case .swap(let first, let second):
            try actions.swap(first, second)
            return .edited(Localized(ru: "Смены обменяны.", en: "Shifts swapped."))
        case .absence(let username, let from, let to, let reason):
            let outcome = try actions.recordAbsence(username: username, from: from, to: to, reason: reason)
            return .absenceRecorded(outcome, Localized(
                ru: "Отсутствие записано; смен без замены: \(outcome.affected.count).",
                en: "Absence recorded; shifts to cover: \(outcome.affected.count)."))
        case .applyRotation(let order):
            let plan = try actions.applyRotation(order)
            return .edited(Localized(ru: "График применён: новых смен \(plan.proposal.shifts.count), заменено \(plan.removed.count).",
                                     en: "Rotation applied: \(plan.proposal.shifts.count) new shifts, \(plan.removed.count) replaced."))
        case .cover(let assignments):
            // Each shift on its own: one colleague becoming busy meanwhile does not undo the others.
            var failures: [Localized] = []
            for assignment in assignments {
                do {
                    try actions.assign(shiftID: assignment.shiftID, to: assignment.username)
                } catch {
                    failures.append(describe(error))
                }
            }
            if let first = failures.first {
                let done = assignments.count - failures.count
                return .editFailed(Localized(ru: "Замены назначены: \(done) из \(assignments.count). \(first.ru)",
                                             en: "Replacements assigned: \(done) of \(assignments.count). \(first.en)"))
            }
            return .edited(Localized(ru: "Замены назначены: \(assignments.count).",
                                     en: "Replacements assigned: \(assignments.count)."))
        }
    }
}
