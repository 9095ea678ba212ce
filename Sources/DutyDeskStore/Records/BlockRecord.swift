import DutyDeskCore
import GRDB

/// A user blocked on a page (regulation 6.7). Never deleted: an unblock fills the
/// `unblocked…` fields, so the history stays for the audit.
public struct BlockRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "blocks"

    /// Where the block was made: in dutydesk, or in VK itself (learned from a `user_block` event).
    public enum Source: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        case dutydesk
        case vk
    }

    public var id: Int64?
    public var pageID: String
    public var userID: Int64
    public var userName: String?
    /// Nil when a block made in VK gave a reason outside the regulation's five.
    public var reason: BlockReason?
    public var comment: String?
    public var fromAt: Int64
    /// Nil: permanent.
    public var untilAt: Int64?
    public var blockedBy: String
    public var unblockedAt: Int64?
    public var unblockedBy: String?
    public var unblockNote: String?
    public var source: Source

    public init(id: Int64? = nil, pageID: String, userID: Int64, userName: String? = nil,
                reason: BlockReason?, comment: String? = nil, fromAt: Int64, untilAt: Int64?,
                blockedBy: String, unblockedAt: Int64? = nil, unblockedBy: String? = nil,
                unblockNote: String? = nil, source: Source = .dutydesk) {
        self.id = id
        self.pageID = pageID
        self.userID = userID
        self.userName = userName
        self.reason = reason
        self.comment = comment
        self.fromAt = fromAt
        self.untilAt = untilAt
        self.blockedBy = blockedBy
        self.unblockedAt = unblockedAt
        self.unblockedBy = unblockedBy
        self.unblockNote = unblockNote
        self.source = source
    }

    /// In force at `now`: started, not lifted by hand, and not expired. A block expires by
    /// itself, so nothing has to run at its end time for it to stop applying.
    public func isActive(at now: Int64) -> Bool {
        state(at: now).isActive
    }

    /// Where the block stands at `now` (Core's `BlockState`: half-open `[from, until)`).
    public func state(at now: Int64) -> BlockState {
        BlockState(fromSeconds: fromAt, untilSeconds: untilAt, liftedSeconds: unblockedAt, atSeconds: now)
    }

    enum CodingKeys: String, CodingKey {
        case id
        case pageID = "page_id"
        case userID = "user_id"
        case userName = "user_name"
        case reason, comment
        case fromAt = "from_at"
        case untilAt = "until_at"
        case blockedBy = "blocked_by"
        case unblockedAt = "unblocked_at"
        case unblockedBy = "unblocked_by"
        case unblockNote = "unblock_note"
        case source
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let pageID = Column(CodingKeys.pageID)
        public static let userID = Column(CodingKeys.userID)
        public static let fromAt = Column(CodingKeys.fromAt)
        public static let untilAt = Column(CodingKeys.untilAt)
        public static let unblockedAt = Column(CodingKeys.unblockedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
