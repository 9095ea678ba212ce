/// A page on a social network that the administrators answer on (Appendix 1 registry row:
/// group, link, department, day of approval).
public struct Page: Sendable, Equatable {
    public var id: String
    public var network: Network
    /// The network's own id: a VK group id (positive), or a Telegram channel's chat id (negative).
    public var externalID: Int64
    public var name: String
    public var url: String
    public var departmentID: String
    /// Appendix 1 "день согласования": the weekday the page's posts are approved.
    public var approvalDay: Weekday?
    /// Telegram only: the linked discussion group where the channel's comments arrive.
    public var discussionChatID: Int64?
    /// Telegram only: the bot that reads the channel and its discussion group, without "@".
    public var botUsername: String?

    public init(
        id: String,
        network: Network,
        externalID: Int64,
        name: String,
        url: String,
        departmentID: String,
        approvalDay: Weekday? = nil,
        discussionChatID: Int64? = nil,
        botUsername: String? = nil
    ) {
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
}
