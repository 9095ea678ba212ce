import DutyDeskCore
import GRDB

/// A page (страница) of a department on one network: a VK community or a Telegram channel.
public struct PageRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "pages"

    public var id: String
    public var network: Network
    /// VK group id (positive) or Telegram channel chat id (negative).
    public var externalID: Int64
    public var name: String
    public var url: String
    public var departmentID: String
    /// Appendix 1 "день согласования": a weekday code such as "thu".
    public var approvalDay: String?
    /// Telegram: the linked discussion group where the channel's comments arrive.
    public var discussionChatID: Int64?
    public var botUsername: String?

    public init(id: String, network: Network, externalID: Int64, name: String, url: String = "",
                departmentID: String, approvalDay: String? = nil, discussionChatID: Int64? = nil,
                botUsername: String? = nil) {
        self.id = id
        self.network = network
        self.externalID = externalID
        self.name = name
        self.url = url
        self.departmentID = departmentID
        self.approvalDay = approvalDay
        self.discussionChatID = discussionChatID
        self.botUsername = botUsername
    }

    enum CodingKeys: String, CodingKey {
        case id, network
        case externalID = "external_id"
        case name, url
        case departmentID = "department_id"
        case approvalDay = "approval_day"
        case discussionChatID = "discussion_chat_id"
        case botUsername = "bot_username"
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let network = Column(CodingKeys.network)
        public static let externalID = Column(CodingKeys.externalID)
        public static let departmentID = Column(CodingKeys.departmentID)
        public static let discussionChatID = Column(CodingKeys.discussionChatID)
    }
}
