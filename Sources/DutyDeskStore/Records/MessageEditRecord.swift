import GRDB

/// The text a message had before an edit. An edit replaces `MessageRecord.text`; this keeps
/// what an administrator may already have read and answered.
public struct MessageEditRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "message_edits"

    public var id: Int64?
    public var messageID: Int64
    public var previousText: String
    public var editedAt: Int64
    /// The edit event's JSON, when the edit came from the platform.
    public var rawJSON: String?

    public init(id: Int64? = nil, messageID: Int64, previousText: String, editedAt: Int64, rawJSON: String? = nil) {
        self.id = id
        self.messageID = messageID
        self.previousText = previousText
        self.editedAt = editedAt
        self.rawJSON = rawJSON
    }

    enum CodingKeys: String, CodingKey {
        case id
        case messageID = "message_id"
        case previousText = "previous_text"
        case editedAt = "edited_at"
        case rawJSON = "raw_json"
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let messageID = Column(CodingKeys.messageID)
        public static let editedAt = Column(CodingKeys.editedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
