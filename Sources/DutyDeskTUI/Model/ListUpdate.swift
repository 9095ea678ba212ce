/// Moving through the inbox list.
enum ListUpdate {
    static func move(_ command: Command, _ state: inout AppState) -> [Effect] {
        let rows = max(state.layout.listRows, 1)
        let list = state.list
        let target: Int
        switch command {
        case .moveUp: target = list.selected - 1
        case .moveDown: target = list.selected + 1
        case .pageUp: target = list.selected - rows
        case .pageDown: target = list.selected + rows
        case .top: target = 0
        case .bottom: target = list.count - 1
        default: return []
        }
        state.list.select(target, rows: rows)
        return []
    }
}
