import DutyDeskCore
import Foundation
import GRDB

/// Keeps an item's reply clock true to the spec's rule 6: the deadline is that of the oldest
/// incoming message not yet answered; a reply answers every *earlier* incoming message.
///
/// Derived from the messages every time instead of patched incrementally, so that events that
/// arrive out of order, edits of the calendar and replies from another process all converge on
/// the same answer.
public enum ItemClock {
    public static func refresh(_ db: Database, itemID: Int64, calendar: PageCalendar) throws {
        let lastOut = try Int64.fetchOne(db, sql: """
            SELECT MAX(sent_at) FROM messages
            WHERE item_id = ? AND direction = 'out' AND deleted_at IS NULL
            """, arguments: [itemID])
        // Strictly after the reply: an incoming message in the same second is not assumed answered.
        let pending = try Row.fetchOne(db, sql: """
            SELECT MIN(sent_at) AS first_pending, MAX(sent_at) AS last_in FROM messages
            WHERE item_id = ? AND direction = 'in' AND deleted_at IS NULL AND sent_at > ?
            """, arguments: [itemID, lastOut ?? Int64.min])
        let firstPending: Int64? = pending?["first_pending"]
        let closedAt = try Int64.fetchOne(db, sql: "SELECT closed_at FROM items WHERE id = ? AND status = 'closed'",
                                          arguments: [itemID])

        let status: ItemStatus
        var deadline: Int64?
        var hasDeadline = true
        if let closedAt, (pending?["last_in"] as Int64?).map({ $0 <= closedAt }) ?? true {
            status = .closed
        } else if let firstPending {
            status = .open
            let arrival = Date(timeIntervalSince1970: TimeInterval(firstPending))
            if let due = calendar.timeline.replyDeadline(forArrival: arrival) {
                deadline = Int64(due.dueAt.timeIntervalSince1970.rounded())
            } else {
                hasDeadline = false
            }
        } else {
            status = lastOut == nil ? .open : .answered
        }
        try db.execute(sql: """
            UPDATE items SET status = ?, clock_started_at = ?, deadline_at = ?, has_deadline = ?,
                   last_outgoing_at = ?
            WHERE id = ?
            """, arguments: [status.rawValue, status == .open ? firstPending : nil,
                             status == .open ? deadline : nil, hasDeadline ? 1 : 0, lastOut, itemID])
    }

    /// Recomputes every open item's deadline, after a department's calendar has changed.
    public static func refreshAll(_ db: Database) throws {
        let calendars = try PageCalendars.loadAll(db)
        let rows = try Row.fetchAll(db, sql: "SELECT id, page_id FROM items WHERE status <> 'answered'")
        for row in rows {
            guard let calendar = calendars[row["page_id"]] else { continue }
            try refresh(db, itemID: row["id"], calendar: calendar)
        }
    }
}
