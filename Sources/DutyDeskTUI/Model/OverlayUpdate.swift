/// The filter menu and the help overlay.
enum OverlayUpdate {
    static let filterRows = 3

    static func menuCommand(_ command: Command, context: KeyContext, _ state: inout AppState) -> [Effect] {
        if command == .closeMenu {
            state.overlay = nil
            return []
        }
        guard case .filters(let row) = state.overlay else { return [] }
        switch command {
        case .menuUp:
            state.overlay = .filters(row: (row + filterRows - 1) % filterRows)
            return []
        case .menuDown:
            state.overlay = .filters(row: (row + 1) % filterRows)
            return []
        case .valueNext:
            return FilterUpdate.change(row: row, by: 1, &state)
        case .valuePrevious:
            return FilterUpdate.change(row: row, by: -1, &state)
        default:
            return []
        }
    }

    /// The context under the help overlay: the one whose bindings the help lists.
    static func contextUnderHelp(_ state: AppState) -> KeyContext {
        var under = state
        under.overlay = nil
        return KeyDispatch.context(under)
    }

    static func scrollHelp(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard case .help(let scroll) = state.overlay else { return [] }
        let lines = HelpOverlayView.lines(state).count
        let visible = HelpOverlayView.visibleLines(size: state.size)
        let step: Int
        switch command {
        case .moveUp: step = -1
        case .moveDown: step = 1
        default: step = 0
        }
        state.overlay = .help(scroll: max(0, min(scroll + step, max(lines - visible, 0))))
        return []
    }
}
