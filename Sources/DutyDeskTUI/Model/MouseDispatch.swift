/// A click selects a line (a click on the selected line opens it); the wheel scrolls.
enum MouseDispatch {
    static let wheelLines = 3

    static func handle(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        let context = KeyDispatch.context(state)
        switch (context, event.kind) {
        case (.inbox, .press):
            let layout = state.layout
            guard let index = layout.listIndex(atScreenRow: event.row, top: state.list.top),
                  index < state.list.count else { return [] }
            if index == state.list.selected { return DetailUpdate.open(&state) }
            state.list.select(index, rows: layout.listRows)
            return []
        case (.inbox, .wheelUp), (.inbox, .wheelDown):
            state.list.scroll(by: event.kind == .wheelUp ? -wheelLines : wheelLines, rows: state.layout.listRows)
            return []
        case (.detail, .wheelUp), (.detail, .wheelDown):
            state.detail?.scroll += event.kind == .wheelUp ? -wheelLines : wheelLines
            DetailUpdate.clampScroll(&state)
            return []
        case (.help, .wheelUp), (.help, .wheelDown):
            return OverlayUpdate.scrollHelp(event.kind == .wheelUp ? .moveUp : .moveDown, &state)
        default:
            return []
        }
    }
}
