import DutyDeskCore
import DutyDeskStore

/// `h`: the history of the selected or opened item, from the audit log (5.14).
enum ItemHistoryUpdate {
    /// Opens the modal and asks for the entries. Someone without a role on the item's page reads
    /// none of its entries (the same rule as `dutydesk audit log`): a notice says why.
    static func open(_ state: inout AppState) -> [Effect] {
        guard let itemID = state.detail?.itemID ?? state.list.selectedItem?.id else { return [] }
        let pageID = state.detail?.thread?.pageID ?? state.list.items.first { $0.id == itemID }?.pageID
        let pages: Set<String>?
        do {
            pages = try ReportAccess.auditLogPages(requested: pageID.map { [$0] } ?? [], by: state.session.staff)
        } catch {
            state.notice = Notice(error.message, role: .warning, at: state.uptime)
            return []
        }
        state.reports.history = ItemHistoryState(itemID: itemID, pages: pages)
        return [.reports(.loadHistory(itemID: itemID, pages: pages))]
    }

    /// Something was written meanwhile (perhaps about this item): read the entries again.
    static func databaseChanged(_ state: inout AppState) -> [Effect] {
        guard let history = state.reports.history else { return [] }
        return [.reports(.loadHistory(itemID: history.itemID, pages: history.pages))]
    }

    static func loaded(_ history: ItemHistory, _ state: inout AppState) {
        guard state.reports.history?.itemID == history.itemID else { return }
        state.reports.history?.history = history
        state.reports.history?.failure = nil
        clampScroll(&state)
    }

    static func failed(_ itemID: Int64, _ message: Localized, _ state: inout AppState) {
        guard state.reports.history?.itemID == itemID else { return }
        state.reports.history?.failure = message
    }

    static func scroll(_ command: ReportsUICommand, _ state: inout AppState) {
        guard let history = state.reports.history else { return }
        let rows = visibleRows(lines: ItemHistoryView.lines(history, state).count, state.size)
        switch command {
        case .scrollUp: state.reports.history?.scroll -= 1
        case .scrollDown: state.reports.history?.scroll += 1
        case .scrollPageUp: state.reports.history?.scroll -= rows
        case .scrollPageDown: state.reports.history?.scroll += rows
        case .scrollTop: state.reports.history?.scroll = 0
        case .scrollBottom: state.reports.history?.scroll = Int.max / 2
        default: break
        }
        clampScroll(&state)
    }

    static func clampScroll(_ state: inout AppState) {
        guard let history = state.reports.history else { return }
        let total = ItemHistoryView.lines(history, state).count
        let rows = visibleRows(lines: total, state.size)
        state.reports.history?.scroll = max(0, min(history.scroll, max(total - rows, 0)))
    }

    /// The history's rows on screen, for `total` lines of it.
    static func visibleRows(lines total: Int, _ size: ScreenSize) -> Int {
        max(ItemHistoryView.box(size, lines: total).height - 2, 1)
    }
}
