/// What a cell means, not how it looks: a theme maps each role to colours and attributes, so
/// views never name a colour and a monochrome terminal still shows the difference.
public enum StyleRole: String, CaseIterable, Sendable, Hashable {
    case normal
    case overdue
    case dueSoon = "due-soon"
    case ok
    case paused
    case unread
    case selected
    case header
    case footer
    case border
    case muted
    case warning
    case error
}
