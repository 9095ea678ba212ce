import DutyDeskCore
import Foundation

/// The duty feature's part of `update`: pure, like the rest.
enum DutyUIUpdate {
    static func apply(_ action: DutyUIAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .loaded(let data):
            state.duty.refreshing = false
            state.duty.loadError = nil
            state.duty.data = data
            state.duty.scope = data.scope
            keepSelection(&state)
            return []
        case .loadFailed(let message):
            state.duty.refreshing = false
            state.duty.loadError = message
            return []
        case .edited(let message):
            state.notice = Notice(message, role: .ok, at: state.uptime)
            if state.duty.formSubmitted { state.duty.open(nil) }
            return [load(state)]
        case .absenceRecorded(let outcome, let message):
            state.notice = Notice(message, role: .ok, at: state.uptime)
            if state.duty.formSubmitted { state.duty.open(nil) }
            if !outcome.affected.isEmpty {
                let staff = state.session.staff
                state.duty.open(.cover(CoverForm(username: outcome.username, rows: outcome.affected.map {
                    // The absence may touch pages of other coordinators: theirs to cover, not ours.
                    let editable = ScheduleEditing.refusal(page: $0.shift.pageID, by: staff) == nil
                    let candidates = editable ? $0.candidates : []
                    return CoverForm.Row(shift: $0.shift, candidates: candidates, choice: candidates.isEmpty ? nil : 0,
                                         editable: editable)
                })))
            }
            return [load(state)]
        case .rotationPreviewed(let plan):
            state.duty.open(.rotationPreview(plan))
            return []
        case .editFailed(let message):
            if state.duty.formSubmitted, state.duty.form != nil {
                // The form stays open with the refusal in it, to be corrected or cancelled.
                state.duty.formSubmitted = false
                state.duty.formProblem = message
            } else {
                state.notice = Notice(message, role: .error, at: state.uptime)
            }
            return [load(state)]
        }
    }

    static func command(_ command: DutyUICommand, key: Key, _ state: inout AppState) -> [Effect] {
        if state.duty.form != nil { return DutyFormUpdate.command(command, &state) }
        switch command {
        case .up, .down, .first, .last:
            moveSelection(command, &state)
            return []
        case .previousWeek, .nextWeek, .thisWeek:
            return changeWeek(command, &state)
        case .nextPage:
            guard let data = state.duty.data, !data.scopes.isEmpty else { return [] }
            let index = data.scopes.firstIndex(of: data.scope).map { ($0 + 1) % data.scopes.count } ?? 0
            state.duty.scope = data.scopes[index]
            state.duty.swapMark = nil
            state.duty.selectedShiftID = nil
            return [load(state)]
        case .add, .move, .lengthen, .shorten, .delete, .reassign, .swap, .absence, .generate:
            if let refusal = DutyAccess.refusal(state) {
                state.duty.open(.refusal(refusal.message))
                return []
            }
            return DutyEditCommands.start(command, &state)
        case .fieldUp, .fieldDown, .valuePrevious, .valueNext, .submit, .cancel, .erase:
            return []
        }
    }

    /// A key no binding took while this feature has the keys (typing into a field).
    static func unboundKey(_ key: Key, _ context: DutyKeyContext, _ state: inout AppState) -> [Effect] {
        guard case .character(let c) = key else { return [] }
        DutyFormUpdate.type(c, &state)
        return []
    }

    /// The duty panel was just shown: load its week (again, to show the present state).
    static func panelEntered(_ state: inout AppState) -> [Effect] {
        [load(state)]
    }

    /// How old a shown week may get on a running clock before it is read again.
    static let refreshSeconds: TimeInterval = 60

    /// The wall clock moved (not on a fixed clock): a week loaded a minute ago is read again, so
    /// who is on duty now, today and the gaps stay true while the panel is open.
    static func clockMoved(_ state: inout AppState) -> [Effect] {
        guard state.panel == .duty, !state.duty.refreshing, let data = state.duty.data,
              abs(state.now.timeIntervalSince(data.week.now)) >= refreshSeconds else { return [] }
        state.duty.refreshing = true
        return [load(state)]
    }

    /// Another process (or this one) committed to the database: reload what the panel shows.
    static func databaseChanged(_ state: inout AppState) -> [Effect] {
        state.panel == .duty ? [load(state)] : []
    }

    // MARK: - Helpers

    static func load(_ state: AppState) -> Effect {
        .duty(.load(state.duty.scope ?? filteredPage(state).map(DutyScope.page), weekOf: state.duty.weekOf))
    }

    /// The inbox's page filter, if it names one page: the panel opens on the same page.
    static func filteredPage(_ state: AppState) -> String? {
        if case .page(let id) = state.list.filter.page { return id }
        return nil
    }

    static func changeWeek(_ command: DutyUICommand, _ state: inout AppState) -> [Effect] {
        guard let data = state.duty.data else { return [] }
        let shown = data.week.monday
        switch command {
        case .previousWeek: state.duty.weekOf = shown.adding(days: -7)
        case .nextWeek: state.duty.weekOf = shown.adding(days: 7)
        default: state.duty.weekOf = nil
        }
        state.duty.selectedShiftID = nil
        return [load(state)]
    }

    static func moveSelection(_ command: DutyUICommand, _ state: inout AppState) {
        let ids = state.duty.shiftsInOrder.compactMap(\.id)
        guard !ids.isEmpty else { return }
        let current = state.duty.selectedShiftID.flatMap { ids.firstIndex(of: $0) }
        let index: Int
        switch command {
        case .up: index = max((current ?? 0) - 1, 0)
        case .down: index = min((current ?? -1) + 1, ids.count - 1)
        case .first: index = 0
        default: index = ids.count - 1
        }
        state.duty.selectedShiftID = ids[index]
    }

    /// After a load: keep the selected shift if it is still in the week, else select the shift
    /// running now, else the next one to start, else the first.
    static func keepSelection(_ state: inout AppState) {
        let shifts = state.duty.shiftsInOrder
        if let mark = state.duty.swapMark, !shifts.contains(where: { $0.id == mark }) { state.duty.swapMark = nil }
        if let id = state.duty.selectedShiftID, shifts.contains(where: { $0.id == id }) { return }
        let now = state.now
        state.duty.selectedShiftID = (shifts.first { $0.contains(now) } ?? shifts.first { $0.start > now } ?? shifts.first)?.id
    }
}
