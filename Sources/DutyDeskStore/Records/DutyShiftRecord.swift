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

    public init(id: Int64? = nil, pageID: String, username: String, startsAt: Int64, endsAt: Int64,
                createdBy: String, createdAt: Int64) {
        self.id = id
        self.pageID = pageID
        self.username = username
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.createdBy = createdBy
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case pageID = "page_id"
        case username
        case startsAt = "starts_at"
        case endsAt = "ends_at"
        case createdBy = "created_by"
        case createdAt = "created_at"
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let pageID = Column(CodingKeys.pageID)
        public static let username = Column(CodingKeys.username)
        public static let startsAt = Column(CodingKeys.startsAt)
        public static let endsAt = Column(CodingKeys.endsAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
