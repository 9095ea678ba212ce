import DutyDeskCore
import Foundation
import GRDB

/// Every item as an `InboxSummary`, in the inbox order. Open items come from their own
/// index-ordered query, so the first screen can be painted before the (much longer) history of
/// answered and closed items has been read.
public enum InboxIndexQuery {
    /// Open items, ordered: by deadline, overdue first, items without a deadline last.
    public static func openItems(_ db: Database, now: Date) throws -> [InboxSummary] {
        try fetch(db, now: now, condition: "i.status = 'open'",
                  order: "i.deadline_at IS NULL, i.deadline_at, i.last_message_at DESC, i.id")
    }

    /// Answered and closed items, most recent first.
    public static func settledItems(_ db: Database, now: Date) throws -> [InboxSummary] {
        try fetch(db, now: now, condition: "i.status <> 'open'", order: "i.last_message_at DESC, i.id")
    }

    /// Open and settled items in one list in the inbox order (`InboxSummary.inboxOrder`).
    /// Both inputs must be in the order their query returns.
    public static func merged(open: [InboxSummary], settled: [InboxSummary]) -> [InboxSummary] {
        // Open items with a deadline lead; the open ones without one interleave with the
        // settled ones by recency.
        let split = open.firstIndex { $0.deadlineAt == nil } ?? open.count
        var result = Array(open[..<split])
        result.reserveCapacity(open.count + settled.count)
        var left = split, right = 0
        while left < open.count || right < settled.count {
            if right == settled.count || (left < open.count && InboxSummary.inboxOrder(open[left], settled[right])) {
                result.append(open[left])
                left += 1
            } else {
                result.append(settled[right])
                right += 1
            }
        }
        return result
    }

    private static func fetch(_ db: Database, now: Date, condition: String, order: String) throws -> [InboxSummary] {
        // A read by anyone counts (3.4 asks that every message be read, not by whom); the
        // blocked flag is `BlockState`'s rule, shared through `ActiveBlockSQL`.
        let sql = """
            SELECT i.id, i.page_id, i.kind, i.status, i.deadline_at, i.last_message_at,
                   NOT EXISTS(SELECT 1 FROM item_reads r WHERE r.item_id = i.id),
                   i.is_complaint, i.is_critical, i.escalated_at IS NOT NULL,
                   EXISTS(SELECT 1 FROM blocks b WHERE b.page_id = i.page_id AND b.user_id = i.author_id
                          AND \(ActiveBlockSQL.condition("b")))
            FROM items i
            WHERE \(condition)
            ORDER BY \(order)
            """
        var result: [InboxSummary] = []
        let rows = try Row.fetchCursor(db, sql: sql,
                                      arguments: StatementArguments(ActiveBlockSQL.arguments(Int64(now.timeIntervalSince1970))))
        while let row = try rows.next() {
            let kindText: String = row[2]
            let statusText: String = row[3]
            result.append(InboxSummary(
                id: row[0], pageID: row[1], kind: ItemKind(rawValue: kindText) ?? .message,
                status: ItemStatus(rawValue: statusText) ?? .open, deadlineAt: row[4], lastMessageAt: row[5],
                isUnread: row[6], isComplaint: row[7], isCritical: row[8], isEscalated: row[9],
                authorBlocked: row[10]))
        }
        return result
    }
}
