import DutyDeskCore

/// The few facts about an item that the inbox screen needs to order, filter and count it,
/// without its texts: compact enough to hold every item of a large inbox in memory, so that a
/// filter change or a move is answered from memory instead of a query.
public struct InboxSummary: Sendable, Equatable {
    public let id: Int64
    public let pageID: String
    public let kind: ItemKind
    public let status: ItemStatus
    /// Unix seconds; nil when nothing waits for a reply or the calendar never opens.
    public let deadlineAt: Int64?
    public let lastMessageAt: Int64
    /// Nobody has opened the item yet (regulation 3.4). Mutable so a read mark shows at once.
    public var isUnread: Bool
    public let isComplaint: Bool
    public let isCritical: Bool
    public let isEscalated: Bool
    public let authorBlocked: Bool

    public init(id: Int64, pageID: String, kind: ItemKind, status: ItemStatus, deadlineAt: Int64?,
                lastMessageAt: Int64, isUnread: Bool, isComplaint: Bool = false, isCritical: Bool = false,
                isEscalated: Bool = false, authorBlocked: Bool = false) {
        self.id = id
        self.pageID = pageID
        self.kind = kind
        self.status = status
        self.deadlineAt = deadlineAt
        self.lastMessageAt = lastMessageAt
        self.isUnread = isUnread
        self.isComplaint = isComplaint
        self.isCritical = isCritical
        self.isEscalated = isEscalated
        self.authorBlocked = authorBlocked
    }

    /// The inbox order: items with a deadline first, by deadline (so overdue ones lead), then
    /// the rest, most recent first; the id breaks ties so the order is total and stable.
    public static func inboxOrder(_ a: InboxSummary, _ b: InboxSummary) -> Bool {
        switch (a.deadlineAt, b.deadlineAt) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default:
            if a.lastMessageAt != b.lastMessageAt { return a.lastMessageAt > b.lastMessageAt }
            return a.id < b.id
        }
    }
}
