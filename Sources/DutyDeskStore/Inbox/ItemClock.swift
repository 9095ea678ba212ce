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
        // One cached statement for every fact the rule needs. A reply answers incoming messages
        // strictly before it: one in the same second is not assumed answered.
        let facts = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT o.last_out,
                   (SELECT MIN(sent_at) FROM messages
                    WHERE item_id = :id AND direction = 'in' AND deleted_at IS NULL
                      AND sent_at > COALESCE(o.last_out, -9223372036854775808)) AS first_pending,
                   (SELECT MAX(sent_at) FROM messages
                    WHERE item_id = :id AND direction = 'in' AND deleted_at IS NULL
                      AND sent_at > COALESCE(o.last_out, -9223372036854775808)) AS last_in,
                   (SELECT closed_at FROM items WHERE id = :id AND status = 'closed') AS closed_at,
                   EXISTS (SELECT 1 FROM messages WHERE item_id = :id AND direction = 'in') AS has_in
            FROM (SELECT MAX(sent_at) AS last_out FROM messages
                  WHERE item_id = :id AND direction = 'out' AND deleted_at IS NULL) AS o
            """), arguments: ["id": itemID])
        let lastOut: Int64? = facts?["last_out"]
        let firstPending: Int64? = facts?["first_pending"]
        let lastIn: Int64? = facts?["last_in"]
        let closedAt: Int64? = facts?["closed_at"]
        let hasIncoming: Bool = facts?["has_in"] ?? false

        let status: ItemStatus
        var deadline: Int64?
        var hasDeadline = true
        if let closedAt, lastIn.map({ $0 <= closedAt }) ?? true {
            status = .closed
        } else if let firstPending {
            status = .open
            deadline = replyDeadline(forArrival: firstPending, calendar: calendar)
            hasDeadline = deadline != nil
        } else {
            status = settledStatus(answered: lastOut != nil, hasIncoming: hasIncoming)
        }
        let arguments: StatementArguments = [
            "status": status.rawValue, "started": status == .open ? firstPending : nil,
            "deadline": status == .open ? deadline : nil, "hasDeadline": hasDeadline ? 1 : 0,
            "lastOut": lastOut, "id": itemID,
        ]
        // Only when something changed: an item that stays as it was is not rewritten.
        try db.cachedStatement(sql: """
            UPDATE items SET \(clockAssignments)
            WHERE id = :id
              AND (status IS NOT :status OR clock_started_at IS NOT :started OR deadline_at IS NOT :deadline
                   OR has_deadline IS NOT :hasDeadline OR last_outgoing_at IS NOT :lastOut)
            """).execute(arguments: arguments)
    }

    /// The deadline, in Unix seconds, of a message that arrived at `arrival`; nil when the
    /// calendar never opens within its horizon (the item then has no deadline).
    static func replyDeadline(forArrival arrival: Int64, calendar: PageCalendar) -> Int64? {
        calendar.timeline.replyDeadline(forArrival: Date(timeIntervalSince1970: TimeInterval(arrival)))
            .map { Int64($0.dueAt.timeIntervalSince1970.rounded()) }
    }

    /// The status of an item with nothing waiting for an answer: answered once the page has
    /// replied; closed when the reader's messages are all deleted and none was answered (a
    /// deleted offensive comment needs no reply, regulation 3.5); open only for an item with
    /// no reader's message yet. The close is derived, not a staff decision (`closed_at` stays
    /// NULL), so a restored comment or a new one reopens the item by the same rule.
    static func settledStatus(answered: Bool, hasIncoming: Bool) -> ItemStatus {
        if answered { return .answered }
        return hasIncoming ? .closed : .open
    }

    private static let clockAssignments = """
        status = :status, clock_started_at = :started, deadline_at = :deadline,
        has_deadline = :hasDeadline, last_outgoing_at = :lastOut
        """

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
