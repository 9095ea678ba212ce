import DutyDeskCore
import Foundation
import GRDB

/// What happens to a queued reply after it was sent to the outbox: posted by hand, or not.
/// Separate from `ReplyActions` because it needs no templates.
public struct OutboxActions: Sendable {
    public let database: DutyDeskDatabase
    public let actor: Operator?
    public let now: Date

    public init(database: DutyDeskDatabase, actor: Operator?, now: Date) {
        self.database = database
        self.actor = actor
        self.now = now
    }

    var nowSeconds: Int64 { Int64(now.timeIntervalSince1970.rounded(.down)) }

    /// The administrator has posted the reply on the platform by hand: pending (or failed)
    /// becomes sent. A failed reply posted after all answers the item again.
    public func markPosted(outboxID: Int64) throws {
        try database.writer.write { db in
            let (entry, target) = try load(db, outboxID: outboxID)
            try AccessPolicy.check(.reply, page: target.item.pageID, by: actor)
            guard entry.status != .sent else { throw ReplyRefusal.notPending(outboxID: outboxID, status: entry.status) }
            try db.execute(sql: "UPDATE outbox SET status = 'sent', sent_at = ?, error = NULL WHERE id = ?",
                           arguments: [nowSeconds, outboxID])
            if entry.status == .failed {
                try db.execute(sql: """
                    UPDATE messages SET deleted_at = NULL, deleted_by = NULL, delete_reason = NULL WHERE outbox_id = ?
                    """, arguments: [outboxID])
                try ItemClock.refresh(db, itemID: target.itemID, calendar: target.calendar)
            }
            try AuditLog.append(db, actor: actor?.username ?? "unknown", action: "reply.posted",
                                pageID: target.item.pageID, itemID: target.itemID,
                                details: ["outbox_id": String(outboxID)], at: nowSeconds)
        }
    }

    /// The reply could not be posted (the reader closed their messages, the post is gone):
    /// the entry keeps the reason, and the reply stops answering the item, which reopens.
    public func markFailed(outboxID: Int64, reason: String) throws {
        try database.writer.write { db in
            let (entry, target) = try load(db, outboxID: outboxID)
            try AccessPolicy.check(.reply, page: target.item.pageID, by: actor)
            guard entry.status == .pending else { throw ReplyRefusal.notPending(outboxID: outboxID, status: entry.status) }
            let username = actor?.username ?? "unknown"
            try db.execute(sql: "UPDATE outbox SET status = 'failed', error = ? WHERE id = ?",
                           arguments: [reason, outboxID])
            try db.execute(sql: """
                UPDATE messages SET deleted_at = ?, deleted_by = ?, delete_reason = ? WHERE outbox_id = ?
                """, arguments: [nowSeconds, username, "not posted: \(reason)", outboxID])
            try ItemClock.refresh(db, itemID: target.itemID, calendar: target.calendar)
            try AuditLog.append(db, actor: username, action: "reply.failed", pageID: target.item.pageID,
                                itemID: target.itemID, details: ["outbox_id": String(outboxID), "reason": reason],
                                at: nowSeconds)
        }
    }

    private func load(_ db: Database, outboxID: Int64) throws -> (OutboxRecord, ReplyTarget) {
        guard let entry = try OutboxRecord.fetchOne(db, key: outboxID) else {
            throw ReplyRefusal.unknownOutboxEntry(outboxID)
        }
        return (entry, try ReplyTarget.load(db, itemID: entry.itemID))
    }
}
