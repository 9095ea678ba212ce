import DutyDeskCore
import DutyDeskStore
import Foundation

/// The only place the state changes: (State, Action) → (State, [Effect]). Pure: no clock, no
/// database, no terminal; whatever it needs from outside comes in an Action.
public enum Update {
    public static func apply(_ action: Action, to state: inout AppState) -> [Effect] {
        var effects: [Effect]
        switch action {
        case .key(let key):
            effects = KeyDispatch.handle(key, &state)
        case .mouse(let event):
            effects = MouseDispatch.handle(event, &state)
        case .resize(let size):
            state.size = size
            state.list.keepSelectionVisible(rows: state.layout.listRows)
            DetailUpdate.clampScroll(&state)
            effects = []
        case .tick(let date, let uptime):
            effects = DataUpdate.tick(date, uptime: uptime, &state)
        case .databaseChanged:
            effects = DataUpdate.databaseChanged(&state)
        case .inboxLoaded(let load):
            effects = DataUpdate.loaded(load, &state)
        case .rowTextsLoaded(let texts):
            state.list.mergeTexts(texts, rows: state.layout.listRows)
            effects = []
        case .threadLoaded(let itemID, let thread):
            effects = DetailUpdate.threadLoaded(itemID, thread, &state)
        case .readMarked(let itemID, _):
            state.pendingWrites = max(state.pendingWrites - 1, 0)
            state.list.markRead(itemID)
            state.counters = counters(state)
            effects = (state.detail?.itemID == itemID ? [.loadThread(itemID)] : []) + quitIfNothingIsPending(&state)
        case .readSkipped:
            state.pendingWrites = max(state.pendingWrites - 1, 0)
            effects = quitIfNothingIsPending(&state)
        case .writeFailed(_, let message):
            state.pendingWrites = max(state.pendingWrites - 1, 0)
            state.notice = Notice(message, role: .error, at: state.uptime)
            effects = quitIfNothingIsPending(&state)
        case .loadFailed(let message):
            state.reloadInFlight = false
            state.notice = Notice(message, role: .error, at: state.uptime)
            effects = []
        case .searchFinished(let query, let matches):
            effects = SearchUpdate.finished(query, matches, &state)
        case .replies(let action):
            effects = RepliesUIUpdate.apply(action, &state)
        case .moderation(let action):
            effects = ModerationUIUpdate.apply(action, &state)
        case .duty(let action):
            effects = DutyUIUpdate.apply(action, &state)
        case .reports(let action):
            effects = ReportsUIUpdate.apply(action, &state)
        }
        if let matches = state.search.matches, state.search.countedListVersion != state.list.version {
            state.search.listedMatches = state.list.visibleMatchCount(matches)
            state.search.countedListVersion = state.list.version
        }
        return effects + textsNeeded(state)
    }

    /// The operator asked to quit and was asked to wait for a write: once it is done, quit.
    static func quitIfNothingIsPending(_ state: inout AppState) -> [Effect] {
        guard state.overlay == .confirmQuit, state.pendingWrites == 0 else { return [] }
        state.overlay = nil
        state.quitting = true
        return [.quit]
    }

    static func counters(_ state: AppState) -> InboxCounters {
        InboxCounters.compute(list: state.list, pages: state.pages, now: state.nowSeconds, myPages: state.session.myPages)
    }

    /// The lines on screen need their texts: ask for the missing ones, a screen either side.
    static func textsNeeded(_ state: AppState) -> [Effect] {
        guard state.panel == .inbox, state.detail == nil, !state.size.isTooSmall else { return [] }
        let missing = state.list.nearbyIDs(rows: state.layout.listRows).filter { state.list.texts[$0] == nil }
        return missing.isEmpty ? [] : [.loadRowTexts(missing)]
    }
}
