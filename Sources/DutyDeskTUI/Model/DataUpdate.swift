import DutyDeskCore
import Foundation

/// Time passing and data arriving.
enum DataUpdate {
    /// Notices fade after this many seconds.
    static let noticeSeconds: Int64 = 6

    static func tick(_ date: Date, uptime: Int64, _ state: inout AppState) -> [Effect] {
        state.uptime = uptime
        if let notice = state.notice, uptime - notice.shownAt >= noticeSeconds { state.notice = nil }
        // Features that hold back work until some seconds have passed (the reports' recount).
        let features = ReportsUIUpdate.tick(&state)
        guard !state.session.clockIsFixed else { return features }
        let before = state.counters.overdue
        state.now = date
        let now = state.nowSeconds
        if !state.pages.isFresh(at: now) { state.pages = state.pages.rebuilt(around: date) }
        state.onDuty = state.roster.statuses(at: date)
        state.counters = Update.counters(state)
        // An item that just became overdue joins the "overdue" list.
        if state.list.filter.dependsOnTime, state.counters.overdue != before {
            state.list.refilter(now: now, myPages: state.session.myPages)
            state.list.keepSelectionVisible(rows: state.layout.listRows)
        }
        return features + DutyUIUpdate.clockMoved(&state)
    }

    static func databaseChanged(_ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        if state.reloadInFlight {
            state.reloadAgain = true
        } else {
            state.reloadInFlight = true
            effects.append(.reload)
        }
        if let detail = state.detail { effects.append(.loadThread(detail.itemID)) }
        effects += RepliesUIUpdate.databaseChanged(&state)
        effects += ModerationUIUpdate.databaseChanged(&state)
        effects += DutyUIUpdate.databaseChanged(&state)
        effects += ReportsUIUpdate.databaseChanged(&state)
        return effects
    }

    static func loaded(_ load: InboxLoad, _ state: inout AppState) -> [Effect] {
        state.pages = load.pages
        state.roster = load.roster
        state.onDuty = load.roster.statuses(at: state.now)
        // A remembered page that no longer exists would show an empty list for no visible reason.
        if case .page(let id) = state.list.filter.page, load.pages.page(id) == nil {
            var filter = state.list.filter
            filter.page = .all
            state.list.setFilter(filter, now: state.nowSeconds, myPages: state.session.myPages)
        }
        state.list.replace(items: load.items, includesSettled: load.includesSettled, now: state.nowSeconds,
                           myPages: state.session.myPages)
        state.list.keepSelectionVisible(rows: state.layout.listRows)
        state.counters = Update.counters(state)
        state.hasLoaded = true
        state.reloadInFlight = false
        // The first paint had the open items only: fetch the history now, in the background.
        if !load.includesSettled || state.reloadAgain {
            state.reloadAgain = false
            state.reloadInFlight = true
            return [.reload]
        }
        return []
    }
}
