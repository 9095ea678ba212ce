import DutyDeskCore
import Foundation
import GRDB

extension ModerationActions {
    /// Closes an item without a reply, with a reason (spam removed, a thank-you). Refused for
    /// critical remarks and complaints (3.6). A later message from the reader reopens it by
    /// itself (`ItemClock`).
    @discardableResult
    public func closeItem(itemID: Int64, reason: String) throws -> ItemRecord {
        try perform { db in
            let target = try ModerationTarget.load(db, itemID: itemID)
            let username = try authorise(.close, page: target.pageID)
            try ModerationRules.checkClose(target.moderated, reason: reason)
            let text = Self.nonEmpty(reason) ?? reason
            try db.execute(sql: """
                UPDATE items SET status = 'closed', closed_reason = ?, closed_by = ?, closed_at = ? WHERE id = ?
                """, arguments: [text, username, nowSeconds, itemID])
            try ItemClock.refresh(db, itemID: itemID, calendar: target.calendar)
            try AuditLog.append(db, actor: username, action: "item.close", pageID: target.pageID, itemID: itemID,
                                details: ["reason": text], at: nowSeconds)
            return try ItemRecord.fetchOne(db, key: itemID) ?? target.record
        }
    }

    /// Undoes a close: the item's status is derived from its messages again (open, with its
    /// reply clock, when something waits for an answer).
    @discardableResult
    public func reopenItem(itemID: Int64, note: String? = nil) throws -> ItemRecord {
        try perform { db in
            let target = try ModerationTarget.load(db, itemID: itemID)
            let username = try authorise(.reopen, page: target.pageID)
            try ModerationRules.checkReopen(target.moderated)
            try db.execute(sql: """
                UPDATE items SET status = 'open', closed_reason = NULL, closed_by = NULL, closed_at = NULL WHERE id = ?
                """, arguments: [itemID])
            try ItemClock.refresh(db, itemID: itemID, calendar: target.calendar)
            // The rule of 6 closes an item whose reader's messages are all deleted; reopening it
            // would look done and change nothing (the write is rolled back with the refusal).
            guard try ItemRecord.fetchOne(db, key: itemID)?.status == .open else {
                throw ModerationRefusal(.nothingToAnswer)
            }
            try AuditLog.append(db, actor: username, action: "item.reopen", pageID: target.pageID, itemID: itemID,
                                details: ["was_closed_for": target.record.closedReason ?? "",
                                          "note": note.flatMap(Self.nonEmpty) ?? ""],
                                at: nowSeconds)
            return try ItemRecord.fetchOne(db, key: itemID) ?? target.record
        }
    }
}
