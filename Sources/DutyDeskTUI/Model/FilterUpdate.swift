import DutyDeskCore

/// Changing the page, kind and status filters (menu or p/t/s). Applied at once, from memory,
/// and remembered for the operator's next run.
enum FilterUpdate {
    static func command(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .filters:
            state.overlay = .filters(row: 0)
            return []
        case .cyclePage: return change(row: 0, by: 1, &state)
        case .cycleKind: return change(row: 1, by: 1, &state)
        case .cycleStatus: return change(row: 2, by: 1, &state)
        default: return []
        }
    }

    /// The page choices: every page, "my pages" when the operator has some, then each page.
    static func pageChoices(_ state: AppState) -> [InboxFilter.PageScope] {
        var choices: [InboxFilter.PageScope] = [.all]
        if let mine = state.session.myPages, !mine.isEmpty { choices.append(.mine) }
        choices += state.pages.pages.map { .page($0.id) }
        return choices
    }

    static func change(row: Int, by delta: Int, _ state: inout AppState) -> [Effect] {
        var filter = state.list.filter
        switch row {
        case 0: filter.page = step(pageChoices(state), from: filter.page, by: delta)
        case 1: filter.kind = step(InboxFilter.KindChoice.allCases, from: filter.kind, by: delta)
        default: filter.status = step(InboxFilter.StatusChoice.allCases, from: filter.status, by: delta)
        }
        return apply(filter, &state)
    }

    static func apply(_ filter: InboxFilter, _ state: inout AppState) -> [Effect] {
        guard filter != state.list.filter else { return [] }
        state.list.setFilter(filter, now: state.nowSeconds, myPages: state.session.myPages)
        state.list.keepSelectionVisible(rows: state.layout.listRows)
        state.counters = Update.counters(state)
        return [.saveFilter(filter)]
    }

    static func step<T: Equatable>(_ choices: [T], from current: T, by delta: Int) -> T {
        guard !choices.isEmpty else { return current }
        let index = choices.firstIndex(of: current) ?? 0
        return choices[((index + delta) % choices.count + choices.count) % choices.count]
    }
}
