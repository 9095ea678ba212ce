import DutyDeskCore
import DutyDeskStore

/// Opening an item, scrolling its thread, closing it.
enum DetailUpdate {
    /// Opens the selected item and, when the operator may, marks it read (regulation 3.4).
    static func open(_ state: inout AppState) -> [Effect] {
        guard let item = state.list.selectedItem else { return [] }
        state.detail = DetailState(itemID: item.id)
        var effects: [Effect] = [.loadThread(item.id)]
        do {
            try AccessPolicy.check(.markRead, page: item.pageID, by: state.session.staff)
            state.pendingWrites += 1
            effects.append(.markRead(itemID: item.id))
        } catch {
            state.notice = Notice(error.message, role: .warning, at: state.uptime)
        }
        return effects
    }

    static func threadLoaded(_ itemID: Int64, _ thread: InboxThread?, _ state: inout AppState) -> [Effect] {
        guard state.detail?.itemID == itemID else { return [] }
        guard let thread else {
            state.detail = nil
            state.notice = Notice(ItemNotFound(itemID: itemID).message, role: .error, at: state.uptime)
            return []
        }
        state.detail?.thread = thread
        clampScroll(&state)
        return []
    }

    static func scroll(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var detail = state.detail else { return [] }
        let rows = max(state.layout.detailRows, 1)
        switch command {
        case .moveUp: detail.scroll -= 1
        case .moveDown: detail.scroll += 1
        case .pageUp: detail.scroll -= rows
        case .pageDown: detail.scroll += rows
        case .top: detail.scroll = 0
        case .bottom: detail.scroll = Int.max / 2
        default: break
        }
        state.detail = detail
        clampScroll(&state)
        return []
    }

    static func clampScroll(_ state: inout AppState) {
        guard let detail = state.detail else { return }
        let total = detail.thread.map {
            ThreadLines.build($0, width: state.size.width, session: state.session).count
        } ?? 0
        let maxScroll = max(total - state.layout.detailRows, 0)
        state.detail?.scroll = max(0, min(detail.scroll, maxScroll))
    }
}
