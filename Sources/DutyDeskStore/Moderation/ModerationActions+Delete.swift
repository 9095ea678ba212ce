import DutyDeskCore
import Foundation
import GRDB

extension ModerationActions {
    public struct CommentDeletion: Sendable, Equatable {
        /// The comment, now marked deleted; its text stays in the database.
        public let message: MessageRecord
        /// True when nothing of the reader's was left standing, so the item was closed too.
        public let closedItem: Bool
        /// The author's block, when one was asked for.
        public let block: BlockRecord?
        /// True when a block was asked for but the author was blocked already; `block` is that one.
        public let authorWasBlockedAlready: Bool
    }

    /// Deletes an offensive comment (3.5): marks it deleted with the reason code, never removes
    /// the row. `messageID` nil means the reader's only comment still standing in the item.
    /// With `blockFor`, the author is blocked on the page in the same transaction, for the same
    /// reason. When the deleted comment was the last thing waiting in the item, the item is
    /// closed as well, so it does not linger in the inbox with no message and no deadline.
    @discardableResult
    public func deleteComment(itemID: Int64, messageID: Int64? = nil, reason: BlockReason?,
                              blockFor term: BlockTerm? = nil, blockComment: String? = nil) throws -> CommentDeletion {
        try perform { db in
            let target = try ModerationTarget.load(db, itemID: itemID)
            let username = try authorise(.deleteComment, page: target.pageID)
            let chosen = try ModerationRules.messageToDelete(in: target.moderated, try target.messages(db),
                                                             requested: messageID)
            try ModerationRules.checkDelete(target.moderated, message: chosen, reason: reason)
            guard let reason, var message = try MessageRecord.fetchOne(db, key: chosen.id) else {
                throw ModerationRefusal(.deleteNeedsReason)
            }
            message.deletedAt = nowSeconds
            message.deletedBy = username
            message.deleteReason = reason.rawValue
            try message.update(db)
            try AuditLog.append(db, actor: username, action: "comment.delete", pageID: target.pageID, itemID: itemID,
                                details: ["message_id": String(chosen.id), "reason": reason.rawValue,
                                          "author_id": String(message.authorID)],
                                at: nowSeconds)
            try ItemWriter.refreshSummary(db, itemID: itemID)
            try ItemClock.refresh(db, itemID: itemID, calendar: target.calendar)
            let closed = try closeIfNothingWaits(db, itemID: itemID, pageID: target.pageID, reason: reason, by: username)
            var block: BlockRecord?
            var alreadyBlocked = false
            if let term {
                // An author blocked already keeps that block: the deletion still goes ahead.
                if let current = try BlockLedger.active(db, pageID: target.pageID, userID: message.authorID, at: nowSeconds) {
                    block = current
                    alreadyBlocked = true
                } else {
                    block = try self.block(db, BlockRequest(
                        pageID: target.pageID, userID: message.authorID, userName: message.authorName, reason: reason,
                        term: term, comment: blockComment, itemID: itemID))
                }
            }
            return CommentDeletion(message: message, closedItem: closed, block: block, authorWasBlockedAlready: alreadyBlocked)
        }
    }

    /// Closes the item when the deletion left it open with nothing of the reader's standing.
    private func closeIfNothingWaits(_ db: Database, itemID: Int64, pageID: String, reason: BlockReason,
                                     by username: String) throws -> Bool {
        let standing = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM messages WHERE item_id = ? AND direction = 'in' AND deleted_at IS NULL
            """, arguments: [itemID]) ?? 0
        // `ItemClock` already settles such an item as closed, with no `closed_at` (nobody closed
        // it): this close records who did it and why.
        let open = try Bool.fetchOne(db, sql: """
            SELECT status = 'open' OR (status = 'closed' AND closed_at IS NULL) FROM items WHERE id = ?
            """, arguments: [itemID]) ?? false
        guard standing == 0, open else { return false }
        let text = "Комментарий удалён (\(reason.rawValue): \(reason.regulationText))"
        try db.execute(sql: """
            UPDATE items SET status = 'closed', closed_reason = ?, closed_by = ?, closed_at = ?,
                   clock_started_at = NULL, deadline_at = NULL
            WHERE id = ?
            """, arguments: [text, username, nowSeconds, itemID])
        try AuditLog.append(db, actor: username, action: "item.close", pageID: pageID, itemID: itemID,
                            details: ["reason": text, "after": "comment.delete"], at: nowSeconds)
        return true
    }
}
