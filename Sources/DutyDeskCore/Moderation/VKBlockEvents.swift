/// A VK `user_block` event's object (`admin_id`, `user_id`, `unblock_date`, `reason`,
/// `comment`), read into what a block record needs. Ingest parses the JSON; this says what the
/// fields mean.
public struct VKUserBlock: Sendable, Equatable {
    public let adminID: Int64
    public let userID: Int64
    /// Unix seconds; 0 means permanent.
    public let unblockDate: Int64
    public let reasonCode: Int
    public let comment: String?

    public init(adminID: Int64, userID: Int64, unblockDate: Int64, reasonCode: Int, comment: String?) {
        self.adminID = adminID
        self.userID = userID
        self.unblockDate = unblockDate
        self.reasonCode = reasonCode
        self.comment = comment
    }

    /// The regulation's code, or nil when VK's code has none (see `BlockReason(vkReasonCode:)`).
    public var reason: BlockReason? { BlockReason(vkReasonCode: reasonCode) }

    /// The end of the block in Unix seconds; nil for a permanent block.
    public var untilAt: Int64? { unblockDate > 0 ? unblockDate : nil }

    /// A VK administrator is not (necessarily) a staff member; the record names them by VK id.
    public var blockedBy: String { VKActor.name(adminID) }

    /// An empty comment is no comment.
    public var commentText: String? { comment.flatMap { $0.isEmpty ? nil : $0 } }
}

/// A VK `user_unblock` event's object (`admin_id`, `user_id`, `by_end_date`).
public struct VKUserUnblock: Sendable, Equatable {
    public let adminID: Int64
    public let userID: Int64
    /// True when VK ended the block because its term ran out, not because someone lifted it.
    public let byEndDate: Bool

    public init(adminID: Int64, userID: Int64, byEndDate: Bool) {
        self.adminID = adminID
        self.userID = userID
        self.byEndDate = byEndDate
    }

    public var unblockedBy: String { VKActor.name(adminID) }
}

/// How the audit and the blocks table name someone who acted in VK rather than in dutydesk.
public enum VKActor {
    public static func name(_ vkUserID: Int64) -> String { "vk:\(vkUserID)" }
}
