import DutyDeskCore
import GRDB

/// An inbox item: a private conversation (one reader with one page) or a comment thread
/// (a reader's top-level comment on a post and everything under it).
///
/// The reply-clock fields (`clockStartedAt`, `deadlineAt`, `hasDeadline`, the `last…At`
/// times, `preview`, `messageCount`) summarise the item's messages, so that the inbox is a
/// single indexed query instead of an aggregate over every message.
public struct ItemRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "items"

    public var id: Int64?
    public var pageID: String
    public var kind: ItemKind
    /// Conversation: the peer id. Comment thread: "post_id:top_comment_id".
    public var threadKey: String
    public var authorID: Int64
    public var authorName: String
    public var postID: Int64?
    public var status: ItemStatus
    public var category: RequestCategory?
    public var isCritical: Bool
    public var isComplaint: Bool
    public var escalatedAt: Int64?
    public var escalatedBy: String?
    /// Arrival of the oldest incoming message not yet answered; nil when nothing waits.
    public var clockStartedAt: Int64?
    public var deadlineAt: Int64?
    /// False when the calendar has no open time ahead, so there is no deadline at all.
    public var hasDeadline: Bool
    public var lastIncomingAt: Int64?
    public var lastOutgoingAt: Int64?
    public var lastMessageAt: Int64
    /// First line of the latest incoming text.
    public var preview: String
    public var messageCount: Int
    public var closedReason: String?
    public var closedBy: String?
    public var closedAt: Int64?
    public var createdAt: Int64

    public init(
        id: Int64? = nil, pageID: String, kind: ItemKind, threadKey: String,
        authorID: Int64, authorName: String = "", postID: Int64? = nil,
        status: ItemStatus = .open, category: RequestCategory? = nil,
        isCritical: Bool = false, isComplaint: Bool = false,
        escalatedAt: Int64? = nil, escalatedBy: String? = nil,
        clockStartedAt: Int64? = nil, deadlineAt: Int64? = nil, hasDeadline: Bool = true,
        lastIncomingAt: Int64? = nil, lastOutgoingAt: Int64? = nil, lastMessageAt: Int64,
        preview: String = "", messageCount: Int = 0,
        closedReason: String? = nil, closedBy: String? = nil, closedAt: Int64? = nil,
        createdAt: Int64
    ) {
        self.id = id
        self.pageID = pageID
        self.kind = kind
        self.threadKey = threadKey
        self.authorID = authorID
        self.authorName = authorName
        self.postID = postID
        self.status = status
        self.category = category
        self.isCritical = isCritical
        self.isComplaint = isComplaint
        self.escalatedAt = escalatedAt
        self.escalatedBy = escalatedBy
        self.clockStartedAt = clockStartedAt
        self.deadlineAt = deadlineAt
        self.hasDeadline = hasDeadline
        self.lastIncomingAt = lastIncomingAt
        self.lastOutgoingAt = lastOutgoingAt
        self.lastMessageAt = lastMessageAt
        self.preview = preview
        self.messageCount = messageCount
        self.closedReason = closedReason
        self.closedBy = closedBy
        self.closedAt = closedAt
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case pageID = "page_id"
        case kind
        case threadKey = "thread_key"
        case authorID = "author_id"
        case authorName = "author_name"
        case postID = "post_id"
        case status, category
        case isCritical = "is_critical"
        case isComplaint = "is_complaint"
        case escalatedAt = "escalated_at"
        case escalatedBy = "escalated_by"
        case clockStartedAt = "clock_started_at"
        case deadlineAt = "deadline_at"
        case hasDeadline = "has_deadline"
        case lastIncomingAt = "last_incoming_at"
        case lastOutgoingAt = "last_outgoing_at"
        case lastMessageAt = "last_message_at"
        case preview
        case messageCount = "message_count"
        case closedReason = "closed_reason"
        case closedBy = "closed_by"
        case closedAt = "closed_at"
        case createdAt = "created_at"
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let pageID = Column(CodingKeys.pageID)
        public static let kind = Column(CodingKeys.kind)
        public static let threadKey = Column(CodingKeys.threadKey)
        public static let authorID = Column(CodingKeys.authorID)
        public static let status = Column(CodingKeys.status)
        public static let category = Column(CodingKeys.category)
        public static let clockStartedAt = Column(CodingKeys.clockStartedAt)
        public static let deadlineAt = Column(CodingKeys.deadlineAt)
        public static let lastMessageAt = Column(CodingKeys.lastMessageAt)
        public static let createdAt = Column(CodingKeys.createdAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
