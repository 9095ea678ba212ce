import DutyDeskCore
import GRDB

/// One message or comment of an item, incoming (from the reader) or outgoing (the page's reply).
///
/// Deletion is a mark (`deletedAt`), never a row removal: the regulation's audit must still
/// see what was deleted, by whom and why.
public struct MessageRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "messages"

    public var id: Int64?
    public var itemID: Int64
    public var pageID: String
    public var direction: MessageDirection
    /// Unique per page, e.g. VK "peer:conversation_message_id" or "comment:123"; ingest uses
    /// it to recognise a message it has already stored.
    public var platformKey: String
    public var authorID: Int64
    public var authorName: String
    /// Untrusted text as the user sent it; sanitised on display, never on storage.
    public var text: String
    public var sentAt: Int64
    public var editedAt: Int64?
    public var deletedAt: Int64?
    public var deletedBy: String?
    public var deleteReason: String?
    public var replyToKey: String?
    /// The platform's JSON for this message where it was stored with it: messages ingested
    /// before schema v5, demo and test data. Nil for a reply dutydesk recorded itself, and for
    /// messages ingested since v5, whose JSON is their event's (`eventID`).
    public var rawJSON: String?
    /// The `events` row the message came in with (ingested since schema v5).
    public var eventID: Int64?
    /// The outbox entry this reply came from.
    public var outboxID: Int64?

    public init(
        id: Int64? = nil, itemID: Int64, pageID: String, direction: MessageDirection,
        platformKey: String, authorID: Int64, authorName: String = "", text: String,
        sentAt: Int64, editedAt: Int64? = nil, deletedAt: Int64? = nil, deletedBy: String? = nil,
        deleteReason: String? = nil, replyToKey: String? = nil, rawJSON: String? = nil,
        outboxID: Int64? = nil, eventID: Int64? = nil
    ) {
        self.id = id
        self.itemID = itemID
        self.pageID = pageID
        self.direction = direction
        self.platformKey = platformKey
        self.authorID = authorID
        self.authorName = authorName
        self.text = text
        self.sentAt = sentAt
        self.editedAt = editedAt
        self.deletedAt = deletedAt
        self.deletedBy = deletedBy
        self.deleteReason = deleteReason
        self.replyToKey = replyToKey
        self.rawJSON = rawJSON
        self.outboxID = outboxID
        self.eventID = eventID
    }

    enum CodingKeys: String, CodingKey {
        case id
        case itemID = "item_id"
        case pageID = "page_id"
        case direction
        case platformKey = "platform_key"
        case authorID = "author_id"
        case authorName = "author_name"
        case text
        case sentAt = "sent_at"
        case editedAt = "edited_at"
        case deletedAt = "deleted_at"
        case deletedBy = "deleted_by"
        case deleteReason = "delete_reason"
        case replyToKey = "reply_to_key"
        case rawJSON = "raw_json"
        case outboxID = "outbox_id"
        case eventID = "event_id"
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let itemID = Column(CodingKeys.itemID)
        public static let pageID = Column(CodingKeys.pageID)
        public static let direction = Column(CodingKeys.direction)
        public static let platformKey = Column(CodingKeys.platformKey)
        public static let sentAt = Column(CodingKeys.sentAt)
        public static let deletedAt = Column(CodingKeys.deletedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
