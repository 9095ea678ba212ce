import DutyDeskCore

/// Turns a key into a command of the context that has the keys, and carries it out.
enum KeyDispatch {
    static func context(_ state: AppState) -> KeyContext {
        if state.size.isTooSmall { return .tooSmall }
        if state.search.draft != nil { return .searchPrompt }
        switch state.overlay {
        case .help: return .help
        case .filters: return .filterMenu
        case .confirmQuit: return .confirmQuit
        case nil: break
        }
        if state.panel != .inbox { return .placeholder }
        return state.detail == nil ? .inbox : .detail
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let context = context(state)
        guard let binding = KeyMap.binding(for: key, in: context) else {
            if context == .searchPrompt, case .character(let c) = key {
                state.search.draft?.append(c)
            }
            return []
        }
        return perform(binding.command, key: key, context: context, &state)
    }

    static func perform(_ command: Command, key: Key, context: KeyContext, _ state: inout AppState) -> [Effect] {
        switch command {
        case .quit:
            if state.pendingWrites > 0 {
                state.overlay = .confirmQuit
                return []
            }
            state.quitting = true
            return [.quit]
        case .forceQuit, .confirmYes:
            state.quitting = true
            return [.quit]
        case .confirmNo:
            state.overlay = nil
            return []
        case .redraw:
            return [.redrawTerminal]
        case .help:
            state.overlay = .help(scroll: 0)
            return []
        case .nextPanel:
            state.panel = state.panel.next
            return []
        case .previousPanel:
            state.panel = state.panel.previous
            return []
        case .panelByDigit:
            if case .character(let c) = key, let digit = c.wholeNumberValue, let panel = Panel(rawValue: digit) {
                state.panel = panel
            }
            return []
        case .menuUp, .menuDown, .valueNext, .valuePrevious, .closeMenu:
            return OverlayUpdate.menuCommand(command, context: context, &state)
        case .promptAccept, .promptCancel, .promptErase, .search, .nextMatch, .previousMatch:
            return SearchUpdate.command(command, &state)
        case .filters, .cyclePage, .cycleKind, .cycleStatus:
            return FilterUpdate.command(command, &state)
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            if context == .help { return OverlayUpdate.scrollHelp(command, &state) }
            return context == .detail ? DetailUpdate.scroll(command, &state) : ListUpdate.move(command, &state)
        case .open:
            return DetailUpdate.open(&state)
        case .back:
            switch context {
            case .detail: state.detail = nil
            case .placeholder: state.panel = .inbox
            case .inbox: state.search = SearchState()
            default: break
            }
            return []
        }
    }
}
