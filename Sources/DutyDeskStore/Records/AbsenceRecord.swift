import DutyDeskCore
import GRDB

/// A period a staff member is away (regulation 5.15); both dates are inclusive.
public struct AbsenceRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "absences"

    public var id: Int64?
    public var username: String
    /// "YYYY-MM-DD": an absence is a matter of calendar days, not instants.
    public var fromDate: String
    /// "YYYY-MM-DD", inclusive.
    public var toDate: String
    public var reason: AbsenceReason
    public var note: String?

    public init(id: Int64? = nil, username: String, fromDate: String, toDate: String,
                reason: AbsenceReason, note: String? = nil) {
        self.id = id
        self.username = username
        self.fromDate = fromDate
        self.toDate = toDate
        self.reason = reason
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case id, username
        case fromDate = "from_date"
        case toDate = "to_date"
        case reason, note
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let username = Column(CodingKeys.username)
        public static let fromDate = Column(CodingKeys.fromDate)
        public static let toDate = Column(CodingKeys.toDate)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
