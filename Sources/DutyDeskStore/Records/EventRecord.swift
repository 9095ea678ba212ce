import DutyDeskCore
import GRDB

/// The raw JSON of one ingested platform event. The unique (network, event key) pair is
/// what makes ingest idempotent: an event seen twice is recognised and skipped.
public struct EventRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "events"

    public var id: Int64?
    public var network: Network
    /// VK: the envelope's `event_id`. Telegram: the bot (page) and the `update_id`, because
    /// update ids are unique per bot only.
    public var eventKey: String
    public var pageID: String?
    /// The platform's event type, e.g. "message_new" or "edited_message".
    public var type: String
    public var receivedAt: Int64
    public var rawJSON: String

    public init(id: Int64? = nil, network: Network, eventKey: String, pageID: String? = nil,
                type: String, receivedAt: Int64, rawJSON: String) {
        self.id = id
        self.network = network
        self.eventKey = eventKey
        self.pageID = pageID
        self.type = type
        self.receivedAt = receivedAt
        self.rawJSON = rawJSON
    }

    enum CodingKeys: String, CodingKey {
        case id, network
        case eventKey = "event_key"
        case pageID = "page_id"
        case type
        case receivedAt = "received_at"
        case rawJSON = "raw_json"
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let network = Column(CodingKeys.network)
        public static let eventKey = Column(CodingKeys.eventKey)
        public static let receivedAt = Column(CodingKeys.receivedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
