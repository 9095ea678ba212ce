import DutyDeskCore
import DutyDeskStore
import Foundation

/// The panel's edit keys: each opens its form, or asks for the change at once (`+`, `-`, the
/// second `s`). Only reached when the operator may edit the page (`DutyAccess`).
enum DutyEditCommands {
    /// How much `+` and `-` change a shift's end.
    static let step: TimeInterval = 30 * 60

    static func start(_ command: DutyUICommand, _ state: inout AppState) -> [Effect] {
        guard let data = state.duty.data, let pageID = state.duty.targetPageID else { return [] }
        let selected = state.duty.selectedShift
        let team = data.team(of: pageID)
        switch command {
        case .add:
            let day = selected.map { data.timeline.localDate(of: $0.start) } ?? data.timeline.localDate(of: state.now)
            state.duty.open(.shift(ShiftFormDefaults.add(pageID: pageID, data: data, from: day, selected: selected, now: state.now)))
            return []
        case .generate:
            // Shifts that have started are never rewritten (`RotationOrder.earliestStart`):
            // the period starts tomorrow at the earliest and runs to the end of the week shown.
            let tomorrow = RotationOrder.earliestStart(now: state.now, timeline: data.timeline)
            let from = max(data.week.monday, tomorrow)
            let shownSunday = data.week.monday.adding(days: 6)
            let to = shownSunday >= from ? shownSunday : DutyWeek.monday(of: from).adding(days: 6)
            state.duty.open(.generate(GenerateForm(pageID: pageID, from: from.iso, to: to.iso)))
            return []
        case .absence:
            guard !team.isEmpty else { return [] }
            let today = data.timeline.localDate(of: state.now)
            state.duty.open(.absence(AbsenceForm(
                people: team, personIndex: selected.flatMap { team.firstIndex(of: $0.username) } ?? 0,
                from: today.iso, to: today.iso)))
            return []
        default:
            break
        }
        guard let shift = selected, let id = shift.id else {
            state.notice = Notice(Localized(ru: "Сначала выберите смену (↑/↓).", en: "Select a shift first (↑/↓)."),
                                  at: state.uptime)
            return []
        }
        switch command {
        case .move:
            let offset = min(max(data.week.monday.days(until: data.timeline.localDate(of: shift.start)), 0), 6)
            state.duty.open(.shift(ShiftForm(mode: .move(shiftID: id, duration: shift.duration), pageID: shift.pageID,
                                               dayOffset: offset,
                                               start: "\(data.timeline.localTime(of: shift.start))", end: "", people: [])))
            return []
        case .lengthen:
            return [.duty(.edit(.reschedule(shiftID: id, start: shift.start, end: shift.end.addingTimeInterval(step))))]
        case .shorten:
            guard shift.duration > step else {
                state.notice = Notice(Localized(ru: "Смена короче не бывает: удалите её (x).",
                                                en: "The shift cannot get shorter: delete it (x)."), at: state.uptime)
                return []
            }
            return [.duty(.edit(.reschedule(shiftID: id, start: shift.start, end: shift.end.addingTimeInterval(-step))))]
        case .delete:
            state.duty.open(.confirmDelete(shiftID: id))
            return []
        case .reassign:
            let choices = data.team(of: shift.pageID).filter { $0 != shift.username }
            guard !choices.isEmpty else {
                state.notice = Notice(Localized(ru: "На странице нет других администраторов.",
                                                en: "The page has no other administrators."), at: state.uptime)
                return []
            }
            state.duty.open(.reassign(PersonPicker(shiftID: id, choices: choices)))
            return []
        case .swap:
            guard let mark = state.duty.swapMark else {
                state.duty.swapMark = id
                state.notice = Notice(Localized(ru: "Смена отмечена для обмена: выберите вторую и нажмите s.",
                                                en: "Shift marked for a swap: select the other one and press s."),
                                      role: .ok, at: state.uptime)
                return []
            }
            state.duty.swapMark = nil
            if mark == id {
                state.notice = Notice(Localized(ru: "Обмен отменён.", en: "Swap cancelled."), role: .ok, at: state.uptime)
                return []
            }
            return [.duty(.edit(.swap(mark, id)))]
        default:
            return []
        }
    }
}
