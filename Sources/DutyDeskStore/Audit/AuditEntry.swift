import Foundation
import GRDB

/// One line of the append-only audit log (regulation 5.14): who did what, when, where.
///
/// Written only through `AuditLog.append`; the database refuses to update or delete it.
public struct AuditEntry: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "audit_log"

    public var id: Int64?
    /// Unix seconds (UTC).
    public var at: Int64
    /// The staff username, or a system actor such as "ingest".
    public var actor: String
    /// What was done, e.g. "reply", "block", "shift.swap".
    public var action: String
    public var pageID: String?
    public var itemID: Int64?
    /// Everything else worth keeping about the action; stored as a JSON object.
    public var details: [String: String]

    public init(id: Int64? = nil, at: Int64, actor: String, action: String,
                pageID: String? = nil, itemID: Int64? = nil, details: [String: String] = [:]) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.pageID = pageID
        self.itemID = itemID
        self.details = details
    }

    /// Reading is lenient about `details`: the log is append-only, so an entry that some other
    /// writer stored with non-string values could never be repaired, and must not make the
    /// whole log unreadable. Non-string values come back as their JSON text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(Int64.self, forKey: .id)
        at = try container.decode(Int64.self, forKey: .at)
        actor = try container.decode(String.self, forKey: .actor)
        action = try container.decode(String.self, forKey: .action)
        pageID = try container.decodeIfPresent(String.self, forKey: .pageID)
        itemID = try container.decodeIfPresent(Int64.self, forKey: .itemID)
        details = Self.parseDetails(try container.decodeIfPresent(String.self, forKey: .details) ?? "{}")
    }

    static func parseDetails(_ json: String) -> [String: String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            return json == "{}" ? [:] : ["raw": json]
        }
        return object.mapValues { value in
            if let text = value as? String { return text }
            if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]) {
                return String(decoding: data, as: UTF8.self)
            }
            return "\(value)"
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, at, actor, action
        case pageID = "page_id"
        case itemID = "item_id"
        case details
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let at = Column(CodingKeys.at)
        public static let actor = Column(CodingKeys.actor)
        public static let action = Column(CodingKeys.action)
        public static let pageID = Column(CodingKeys.pageID)
        public static let itemID = Column(CodingKeys.itemID)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
