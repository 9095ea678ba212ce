import DutyDeskCore
import GRDB

/// A reply on its way to the reader: pending until delivered (or confirmed posted by hand),
/// then sent; a failure keeps its error for a retry.
///
/// It also records how the reply was made (templates, edited, free-form, personal data), which
/// the regulation's audit (6.8, 3.6) and the quarterly statistics look at.
public struct OutboxRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "outbox"

    public var id: Int64?
    public var itemID: Int64
    public var text: String
    /// The approved templates the reply was built from; stored as a JSON array.
    public var templateIDs: [String]
    /// The administrator changed the template's text.
    public var edited: Bool
    /// No template fitted: written freely (6.8).
    public var freeForm: Bool
    /// The answer needs the reader's personal data, which allows "we wrote to you in private
    /// messages" in a comment reply (3.6).
    public var personalData: Bool
    public var category: RequestCategory?
    public var status: OutboxStatus
    /// VK's `random_id`: fixed per entry, so that a retry is never delivered twice.
    public var randomID: Int64
    /// The platform key of the message or comment this reply answers.
    public var replyToKey: String?
    public var createdBy: String
    public var createdAt: Int64
    public var sentAt: Int64?
    public var error: String?

    public init(
        id: Int64? = nil, itemID: Int64, text: String, templateIDs: [String] = [],
        edited: Bool = false, freeForm: Bool = false, personalData: Bool = false,
        category: RequestCategory? = nil, status: OutboxStatus = .pending, randomID: Int64,
        replyToKey: String? = nil, createdBy: String, createdAt: Int64,
        sentAt: Int64? = nil, error: String? = nil
    ) {
        self.id = id
        self.itemID = itemID
        self.text = text
        self.templateIDs = templateIDs
        self.edited = edited
        self.freeForm = freeForm
        self.personalData = personalData
        self.category = category
        self.status = status
        self.randomID = randomID
        self.replyToKey = replyToKey
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.error = error
    }

    enum CodingKeys: String, CodingKey {
        case id
        case itemID = "item_id"
        case text
        case templateIDs = "template_ids"
        case edited
        case freeForm = "free_form"
        case personalData = "personal_data"
        case category, status
        case randomID = "random_id"
        case replyToKey = "reply_to_key"
        case createdBy = "created_by"
        case createdAt = "created_at"
        case sentAt = "sent_at"
        case error
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let itemID = Column(CodingKeys.itemID)
        public static let status = Column(CodingKeys.status)
        public static let createdAt = Column(CodingKeys.createdAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
