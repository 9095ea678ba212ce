import GRDB

/// One administrator on duty for one page over a half-open period [startsAt, endsAt).
public struct DutyShiftRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "duty_shifts"

    public var id: Int64?
    public var pageID: String
    public var username: String
    public var startsAt: Int64
    public var endsAt: Int64
    public var createdBy: String
    public var createdAt: Int64
    /// "manual" or "rotation" (`ShiftOrigin`): a new rotation replaces its own shifts only.
    public var origin: String

    public init(id: Int64? = nil, pageID: String, username: String, startsAt: Int64, endsAt: Int64,
                createdBy: String, createdAt: Int64, origin: String = "manual") {
        self.id = id
        self.pageID = pageID
        self.username = username
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.origin = origin
    }

    enum CodingKeys: String, CodingKey {
        case id
        case pageID = "page_id"
        case username
        case startsAt = "starts_at"
        case endsAt = "ends_at"
        case createdBy = "created_by"
        case createdAt = "created_at"
        case origin
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let pageID = Column(CodingKeys.pageID)
        public static let username = Column(CodingKeys.username)
        public static let startsAt = Column(CodingKeys.startsAt)
        public static let endsAt = Column(CodingKeys.endsAt)
        public static let origin = Column(CodingKeys.origin)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
