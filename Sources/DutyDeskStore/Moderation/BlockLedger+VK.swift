import DutyDeskCore
import GRDB

extension BlockLedger {
    /// How far apart two end times may be and still be the same block: dutydesk's own block,
    /// once delivered through `groups.ban`, comes back from VK as a `user_block` event whose
    /// `unblock_date` is the end dutydesk sent, give or take rounding.
    static let sameBlockTolerance: Int64 = 60

    /// Records a VK `user_block` event that arrived at `at`.
    ///
    /// When the user is already blocked on the page with the same end, the event confirms that
    /// block and nothing is written (this is how dutydesk's own blocks come back from VK). When
    /// they are blocked with a different end, the VK block replaces the current one: VK is where
    /// the block really applies. Returns the block in force afterwards.
    @discardableResult
    public static func record(_ db: Database, _ event: VKUserBlock, pageID: String, userName: String? = nil,
                              at: Int64) throws -> BlockRecord {
        if let current = try active(db, pageID: pageID, userID: event.userID, at: at) {
            if sameEnd(current.untilAt, event.untilAt) { return current }
            try end(db, pageID: pageID, userID: event.userID, at: at, by: event.blockedBy,
                    note: BlockNote.replacedInVK.rawValue)
        }
        // VK names only the id; the reader's own name on the page is kept with the block.
        let name = try userName ?? BlockUserNames.itemAuthorName(db, pageID: pageID, userID: event.userID)
        return try insert(db, NewBlock(
            pageID: pageID, userID: event.userID, userName: name, reason: event.reason,
            comment: event.commentText, fromAt: at, untilAt: event.untilAt, blockedBy: event.blockedBy,
            source: .vk))
    }

    /// Records a VK `user_unblock` event that arrived at `at`: ends the block still in force by
    /// dutydesk's records (none when it had already expired here, which is the usual case for
    /// `by_end_date`). The note is a `BlockNote` code, worded when shown. Returns the blocks it ended.
    @discardableResult
    public static func record(_ db: Database, _ event: VKUserUnblock, pageID: String, at: Int64) throws
        -> [BlockRecord] {
        try end(db, pageID: pageID, userID: event.userID, at: at, by: event.unblockedBy,
                note: (event.byEndDate ? BlockNote.endedInVK : BlockNote.unblockedInVK).rawValue)
    }

    private static func sameEnd(_ a: Int64?, _ b: Int64?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (a?, b?): abs(a - b) <= sameBlockTolerance
        default: false
        }
    }
}
