import DutyDeskCore
import DutyDeskStore
import Foundation

/// The add and move form: fields, values, and the shift they make.
extension DutyFormUpdate {
    static func change(_ form: inout ShiftForm, _ command: DutyUICommand) {
        switch command {
        case .fieldUp, .fieldDown: form.field = ring(form.field, command, in: form.fields)
        case .valuePrevious, .valueNext:
            let step = command == .valueNext ? 1 : -1
            switch form.field {
            case .day: form.dayOffset = ring(form.dayOffset, by: step, count: 7)
            case .person where !form.people.isEmpty:
                form.personIndex = ring(form.personIndex, by: step, count: form.people.count)
            default: break
            }
        case .erase:
            switch form.field {
            case .start: _ = form.start.popLast()
            case .end: _ = form.end.popLast()
            default: break
            }
        default: break
        }
    }

    static func submit(_ form: ShiftForm, _ state: inout AppState) -> [Effect] {
        guard let data = state.duty.data else { return [] }
        let day = data.week.monday.adding(days: form.dayOffset)
        guard let startTime = TimeOfDay(text: form.start) else {
            state.duty.formProblem = badTime(form.start)
            return []
        }
        let start = data.timeline.instant(day, startTime)
        switch form.mode {
        case .move(let id, let duration):
            state.duty.submitted()
            return [.duty(.edit(.reschedule(shiftID: id, start: start, end: start.addingTimeInterval(duration))))]
        case .add:
            guard let endTime = TimeOfDay(text: form.end) else {
                state.duty.formProblem = badTime(form.end)
                return []
            }
            guard form.people.indices.contains(form.personIndex) else { return [] }
            // An end at or before the start ends on the next day (an evening shift past midnight).
            var end = data.timeline.instant(day, endTime)
            if end <= start { end = data.timeline.instant(day.adding(days: 1), endTime) }
            state.duty.submitted()
            return [.duty(.edit(.add(pageID: form.pageID, username: form.people[form.personIndex], start: start, end: end)))]
        }
    }

    static func badTime(_ text: String) -> Localized {
        let shown = TerminalSafeText.line(text)
        return Localized(ru: "Время «\(shown)» не понято: нужно ЧЧ:ММ, например 10:00.",
                         en: "Cannot read the time '\(shown)': use HH:MM, e.g. 10:00.")
    }

    static func badDate(_ text: String) -> Localized {
        let shown = TerminalSafeText.line(text)
        return Localized(ru: "Дата «\(shown)» не понята: нужно ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.",
                         en: "Cannot read the date '\(shown)': use YYYY-MM-DD or DD.MM.YYYY.")
    }
}
