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
        if let form = RepliesUIKeys.modalContext(state) { return .replies(form) }
        if let form = ModerationUIKeys.modalContext(state) { return .moderation(form) }
        if let form = DutyUIKeys.modalContext(state) { return .duty(form) }
        if let form = ReportsUIKeys.modalContext(state) { return .reports(form) }
        switch state.panel {
        case .inbox: return state.detail == nil ? .inbox : .detail
        case .outbox: return .replies(RepliesUIKeys.panelContext(state))
        case .duty: return .duty(DutyUIKeys.panelContext(state))
        case .reports: return .reports(ReportsUIKeys.panelContext(state))
        case .blocks: return .moderation(ModerationUIKeys.panelContext(state))
        }
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let context = context(state)
        guard let binding = KeyMap.binding(for: key, in: context) else {
            return unbound(key, context, &state)
        }
        return perform(binding.command, key: key, context: context, &state)
    }

    /// A key with no binding: typed text for a prompt or a form, else nothing.
    static func unbound(_ key: Key, _ context: KeyContext, _ state: inout AppState) -> [Effect] {
        switch context {
        case .searchPrompt:
            if case .character(let c) = key { state.search.draft?.append(c) }
            return []
        case .replies(let form): return RepliesUIUpdate.unboundKey(key, form, &state)
        case .moderation(let form): return ModerationUIUpdate.unboundKey(key, form, &state)
        case .duty(let form): return DutyUIUpdate.unboundKey(key, form, &state)
        case .reports(let form): return ReportsUIUpdate.unboundKey(key, form, &state)
        default: return []
        }
    }

    /// Shows a panel and lets its feature load what it shows.
    static func show(_ panel: Panel, _ state: inout AppState) -> [Effect] {
        let entering = state.panel != panel
        state.panel = panel
        guard entering else { return [] }
        switch panel {
        case .inbox: return []
        case .outbox: return RepliesUIUpdate.panelEntered(&state)
        case .duty: return DutyUIUpdate.panelEntered(&state)
        case .reports: return ReportsUIUpdate.panelEntered(&state)
        case .blocks: return ModerationUIUpdate.panelEntered(&state)
        }
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
            return show(state.panel.next, &state)
        case .previousPanel:
            return show(state.panel.previous, &state)
        case .panelByDigit:
            if case .character(let c) = key, let digit = c.wholeNumberValue, let panel = Panel(rawValue: digit) {
                return show(panel, &state)
            }
            return []
        case .dutyPanel:
            return show(.duty, &state)
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
            case .inbox: state.search = SearchState()
            case .placeholder, .replies, .moderation, .duty, .reports: state.panel = .inbox
            default: break
            }
            return []
        case .replies(let command):
            return RepliesUIUpdate.command(command, key: key, &state)
        case .moderation(let command):
            return ModerationUIUpdate.command(command, key: key, &state)
        case .duty(let command):
            return DutyUIUpdate.command(command, key: key, &state)
        case .reports(let command):
            return ReportsUIUpdate.command(command, key: key, &state)
        }
    }
}
