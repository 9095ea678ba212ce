import GRDB

/// A reply being written, one per item, saved so that it survives a closed terminal and a
/// colleague opening the same item sees that someone is already answering.
public struct DraftRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "drafts"

    public var itemID: Int64
    /// Who wrote the draft last.
    public var username: String
    public var text: String
    /// Stored as a JSON array.
    public var templateIDs: [String]
    public var updatedAt: Int64

    public init(itemID: Int64, username: String, text: String, templateIDs: [String] = [], updatedAt: Int64) {
        self.itemID = itemID
        self.username = username
        self.text = text
        self.templateIDs = templateIDs
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case itemID = "item_id"
        case username, text
        case templateIDs = "template_ids"
        case updatedAt = "updated_at"
    }

    public enum Columns {
        public static let itemID = Column(CodingKeys.itemID)
        public static let username = Column(CodingKeys.username)
        public static let updatedAt = Column(CodingKeys.updatedAt)
    }
}
