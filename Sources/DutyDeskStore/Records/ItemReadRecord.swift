import GRDB

/// Who read an item and when (regulation 3.4: every message must be read).
/// Kept per person, so the inbox can show an item as unread to everyone who has not opened it.
public struct ItemReadRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "item_reads"

    public var itemID: Int64
    public var username: String
    public var readAt: Int64

    public init(itemID: Int64, username: String, readAt: Int64) {
        self.itemID = itemID
        self.username = username
        self.readAt = readAt
    }

    enum CodingKeys: String, CodingKey {
        case itemID = "item_id"
        case username
        case readAt = "read_at"
    }

    public enum Columns {
        public static let itemID = Column(CodingKeys.itemID)
        public static let username = Column(CodingKeys.username)
        public static let readAt = Column(CodingKeys.readAt)
    }
}
