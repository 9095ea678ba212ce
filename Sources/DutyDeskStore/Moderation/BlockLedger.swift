import DutyDeskCore
import GRDB

/// The one place that writes the `blocks` table: dutydesk's own block and unblock actions and
/// ingest's VK `user_block` / `user_unblock` events go through it, so both keep the same history.
///
/// It records facts and does no role checks (ingest reports what already happened in VK);
/// `ModerationActions` checks roles and the regulation before it calls in. Call it inside the
/// caller's write transaction.
public enum BlockLedger {
    public struct NewBlock: Sendable, Equatable {
        public var pageID: String
        public var userID: Int64
        public var userName: String?
        /// Nil only for VK blocks whose reason has no regulation code.
        public var reason: BlockReason?
        public var comment: String?
        public var fromAt: Int64
        /// Nil: permanent.
        public var untilAt: Int64?
        /// A staff username, or "vk:<admin id>" for a block made in VK.
        public var blockedBy: String
        public var source: BlockRecord.Source

        public init(pageID: String, userID: Int64, userName: String? = nil, reason: BlockReason?,
                    comment: String? = nil, fromAt: Int64, untilAt: Int64?, blockedBy: String,
                    source: BlockRecord.Source = .dutydesk) {
            self.pageID = pageID
            self.userID = userID
            self.userName = userName
            self.reason = reason
            self.comment = comment
            self.fromAt = fromAt
            self.untilAt = untilAt
            self.blockedBy = blockedBy
            self.source = source
        }
    }

    /// The block of `userID` on `pageID` in force at `at`, if any (the latest one, should
    /// history hold overlapping blocks).
    public static func active(_ db: Database, pageID: String, userID: Int64, at: Int64) throws -> BlockRecord? {
        try BlockRecord.fetchOne(db, sql: """
            SELECT * FROM blocks
            WHERE page_id = ? AND user_id = ? AND \(ActiveBlockSQL.condition())
            ORDER BY from_at DESC, id DESC LIMIT 1
            """, arguments: StatementArguments([pageID, userID] as [any DatabaseValueConvertible])
                + StatementArguments(ActiveBlockSQL.arguments(at)))
    }

    /// Inserts a block and returns it with its id.
    @discardableResult
    public static func insert(_ db: Database, _ block: NewBlock) throws -> BlockRecord {
        var record = BlockRecord(
            pageID: block.pageID, userID: block.userID, userName: block.userName, reason: block.reason,
            comment: block.comment, fromAt: block.fromAt, untilAt: block.untilAt, blockedBy: block.blockedBy,
            source: block.source)
        try record.insert(db)
        return record
    }

    /// Ends every block of `userID` on `pageID` still in force at `at`, recording who ended it
    /// and why. Returns the blocks it ended (empty when none was in force: nothing to undo).
    @discardableResult
    public static func end(_ db: Database, pageID: String, userID: Int64, at: Int64, by who: String,
                           note: String?) throws -> [BlockRecord] {
        var ended: [BlockRecord] = []
        while var block = try active(db, pageID: pageID, userID: userID, at: at) {
            block.unblockedAt = at
            block.unblockedBy = who
            block.unblockNote = note
            try block.update(db)
            ended.append(block)
        }
        return ended
    }
}
