import DutyDeskCore
import GRDB

/// One role of one staff member on one page; `pageID` is "*" for a global role (the curator).
public struct StaffRoleRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "staff_roles"
    /// The page id that stands for every page.
    public static let everyPage = "*"

    public var username: String
    public var pageID: String
    public var role: StaffRole

    public init(username: String, pageID: String, role: StaffRole) {
        self.username = username
        self.pageID = pageID
        self.role = role
    }

    enum CodingKeys: String, CodingKey {
        case username
        case pageID = "page_id"
        case role
    }

    public enum Columns {
        public static let username = Column(CodingKeys.username)
        public static let pageID = Column(CodingKeys.pageID)
        public static let role = Column(CodingKeys.role)
    }
}
