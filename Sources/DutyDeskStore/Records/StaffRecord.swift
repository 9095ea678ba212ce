import GRDB

/// A staff member, identified by their operating-system user name.
/// Deactivated rather than deleted, because messages, shifts and the audit log name them.
public struct StaffRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "staff"

    public var username: String
    public var name: String
    public var email: String?
    public var active: Bool

    public init(username: String, name: String, email: String? = nil, active: Bool = true) {
        self.username = username
        self.name = name
        self.email = email
        self.active = active
    }

    enum CodingKeys: String, CodingKey {
        case username, name, email, active
    }

    public enum Columns {
        public static let username = Column(CodingKeys.username)
        public static let name = Column(CodingKeys.name)
        public static let active = Column(CodingKeys.active)
    }
}
