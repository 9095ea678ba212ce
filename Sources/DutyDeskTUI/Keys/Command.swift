/// What a key binding does; `update` carries it out.
public enum Command: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back
    case nextPanel, previousPanel, panelByDigit, dutyPanel
    case search, nextMatch, previousMatch
    case filters, cyclePage, cycleKind, cycleStatus
    case help, quit, forceQuit, redraw
    case menuUp, menuDown, valueNext, valuePrevious, closeMenu
    case confirmYes, confirmNo
    case promptAccept, promptCancel, promptErase
    case replies(RepliesUICommand)
    case moderation(ModerationUICommand)
    case duty(DutyUICommand)
    case reports(ReportsUICommand)
}

/// Where the keys go: the panel or layer that has them now. Each has its own bindings, and
/// the footer and the help overlay show exactly those.
public enum KeyContext: Hashable, Sendable {
    case inbox, detail, placeholder, filterMenu, help, confirmQuit, searchPrompt, tooSmall
    case replies(RepliesKeyContext)
    case moderation(ModerationKeyContext)
    case duty(DutyKeyContext)
    case reports(ReportsKeyContext)
}
