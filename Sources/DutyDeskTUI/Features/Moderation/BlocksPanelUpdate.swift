import DutyDeskCore
import DutyDeskStore

/// The blocks panel's keys: move, filter by state and page, unblock the selected row.
enum BlocksPanelUpdate {
    static func command(_ command: ModerationUICommand, _ state: inout AppState) -> [Effect] {
        var panel = state.moderation.blocks
        switch command {
        case .rowUp: panel.selected -= 1
        case .rowDown: panel.selected += 1
        case .cycleScope:
            panel.scope = panel.scope.next
            panel.selected = 0
        case .cyclePage:
            panel.pageID = nextPage(after: panel.pageID, state.pages.pages.map(\.id))
            panel.selected = 0
        case .unblockRow:
            return unblockSelected(&state)
        default: break
        }
        state.moderation.blocks = panel
        clamp(&state)
        return []
    }

    /// Every page, then each page in turn, then every page again.
    static func nextPage(after current: String?, _ pages: [String]) -> String? {
        guard let current, let index = pages.firstIndex(of: current) else { return pages.first }
        return index + 1 < pages.count ? pages[index + 1] : nil
    }

    static func unblockSelected(_ state: inout AppState) -> [Effect] {
        guard let entry = state.moderation.blocks.selectedEntry(at: state.nowSeconds) else { return [] }
        let block = entry.block
        do {
            try AccessPolicy.check(.unblock, page: block.pageID, by: state.session.staff)
            try ModerationRules.checkUnblock(current: block.state(at: state.nowSeconds))
        } catch {
            state.moderation.form = .message(ModerationBoxes.refusal(AppRuntime.describe(error)))
            return []
        }
        let name = block.userName.map(TerminalSafeText.line) ?? ""
        state.moderation.form = .unblock(TextForm(user: BlockedUser(pageID: block.pageID, userID: block.userID, name: name)))
        return []
    }

    /// Keeps the selection on a row and on the screen.
    static func clamp(_ state: inout AppState) {
        var panel = state.moderation.blocks
        let count = panel.visible(at: state.nowSeconds).count
        panel.selected = max(0, min(panel.selected, count - 1))
        let rows = BlocksPanelView.listRows(state.layout)
        if panel.selected < panel.top { panel.top = panel.selected }
        if rows > 0, panel.selected >= panel.top + rows { panel.top = panel.selected - rows + 1 }
        panel.top = max(0, min(panel.top, max(count - rows, 0)))
        state.moderation.blocks = panel
    }
}
