import DutyDeskCore

/// `/` search with n/N: the prompt, the answer, jumping between matches.
enum SearchUpdate {
    static func command(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .search:
            state.search.draft = ""
            return []
        case .promptErase:
            if state.search.draft?.isEmpty == false { state.search.draft?.removeLast() }
            return []
        case .promptCancel:
            state.search.draft = nil
            return []
        case .promptAccept:
            let text = (state.search.draft ?? "").trimmingCharacters(in: .whitespaces)
            state.search.draft = nil
            guard !text.isEmpty else {
                state.search = SearchState()
                return []
            }
            state.search.query = text
            state.search.matches = nil
            return [.search(text)]
        case .nextMatch, .previousMatch:
            jump(forward: command == .nextMatch, &state)
            return []
        default:
            return []
        }
    }

    static func finished(_ query: String, _ matches: Set<Int64>, _ state: inout AppState) -> [Effect] {
        guard query == state.search.query else { return [] }
        state.search.matches = matches
        state.search.countedListVersion = -1
        if let selected = state.list.selectedItem, matches.contains(selected.id) { return [] }
        jump(forward: true, &state)
        return []
    }

    static func jump(forward: Bool, _ state: inout AppState) {
        guard !state.search.query.isEmpty else {
            state.notice = Notice(Localized(ru: "Сначала задайте поиск: /", en: "Search first: /"), at: state.uptime,
                                  inboxOnly: true)
            return
        }
        guard let matches = state.search.matches else { return }
        if let index = state.list.nextMatch(in: matches, forward: forward) {
            state.list.select(index, rows: state.layout.listRows)
        } else {
            state.notice = Notice(Localized(ru: "«\(state.search.query)»: не найдено в списке",
                                            en: "'\(state.search.query)': not found in the list"), at: state.uptime,
                                  inboxOnly: true)
        }
    }
}
