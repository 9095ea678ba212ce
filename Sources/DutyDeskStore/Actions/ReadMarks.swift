import DutyDeskCore
import Foundation
import GRDB

/// Regulation 3.4: every message must be read, and who read it and when is recorded.
public enum ReadMarks {
    public enum Outcome: Sendable, Equatable {
        /// A read was recorded (first read, or the first since a newer incoming message).
        case recorded
        /// This operator had already read everything the item holds; nothing written.
        case alreadyRead
    }

    /// Records that `who` has read the item at `at`, with an audit entry. Re-opening an item
    /// writes nothing unless a message arrived since the last read, so the audit log holds
    /// reads, not every glance.
    @discardableResult
    public static func markRead(_ db: Database, itemID: Int64, by who: Operator?, at: Date) throws -> Outcome {
        guard let item = try Row.fetchOne(db, sql: "SELECT page_id, last_incoming_at FROM items WHERE id = ?",
                                          arguments: [itemID]) else {
            throw ItemNotFound(itemID: itemID)
        }
        let pageID: String = item["page_id"]
        try AccessPolicy.check(.markRead, page: pageID, by: who)
        // The check has refused an unknown user already.
        guard let username = who?.username else { return .alreadyRead }
        let seconds = Int64(at.timeIntervalSince1970)
        let lastIncoming: Int64? = item["last_incoming_at"]
        if let previous = try Int64.fetchOne(db, sql: "SELECT read_at FROM item_reads WHERE item_id = ? AND username = ?",
                                             arguments: [itemID, username]),
           previous >= (lastIncoming ?? Int64.min) {
            return .alreadyRead
        }
        try db.execute(sql: """
            INSERT INTO item_reads (item_id, username, read_at) VALUES (?, ?, ?)
            ON CONFLICT(item_id, username) DO UPDATE SET read_at = excluded.read_at
            """, arguments: [itemID, username, seconds])
        try AuditLog.append(db, actor: username, action: "item.read", pageID: pageID, itemID: itemID, at: seconds)
        return .recorded
    }
}
