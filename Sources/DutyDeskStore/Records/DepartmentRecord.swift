import GRDB

/// A department (отдел / библиотека): its head and its working calendar.
public struct DepartmentRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "departments"

    public var id: String
    public var name: String
    public var headName: String?
    public var headEmail: String?
    /// An IANA time zone name; the calendar's hours are local to it.
    public var timezone: String
    /// The Core `WorkingCalendar` as JSON. Its shape belongs to Core; the Store keeps it whole.
    public var calendarJSON: String
    public var updatedAt: Int64

    public init(id: String, name: String, headName: String? = nil, headEmail: String? = nil,
                timezone: String = "Europe/Moscow", calendarJSON: String, updatedAt: Int64) {
        self.id = id
        self.name = name
        self.headName = headName
        self.headEmail = headEmail
        self.timezone = timezone
        self.calendarJSON = calendarJSON
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name
        case headName = "head_name"
        case headEmail = "head_email"
        case timezone
        case calendarJSON = "calendar"
        case updatedAt = "updated_at"
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let name = Column(CodingKeys.name)
        public static let timezone = Column(CodingKeys.timezone)
        public static let calendarJSON = Column(CodingKeys.calendarJSON)
        public static let updatedAt = Column(CodingKeys.updatedAt)
    }
}
