import DutyDeskCore
import GRDB

/// The report's figures that are not about requests: blocks, escalations and the items overdue
/// right now. Each is one grouped query over an index range.
enum QuarterSideCounts {
    /// Open items past their deadline at `now` whose clock started before `end`, per page
    /// (`items_on_status_deadline`).
    static func overdueNow(_ db: Database, now: Int64, end: Int64) throws -> [String: Int] {
        try grouped(db, sql: """
            SELECT page_id, COUNT(*) FROM items
            WHERE status = 'open' AND deadline_at < ? AND clock_started_at < ?
            GROUP BY page_id
            """, arguments: [now, end])
    }

    /// Items escalated to the head in `[start, end)`, per page (`items_escalated_on_escalated_at`).
    static func escalated(_ db: Database, start: Int64, end: Int64) throws -> [String: Int] {
        try grouped(db, sql: """
            SELECT page_id, COUNT(*) FROM items
            WHERE escalated_at >= ? AND escalated_at < ?
            GROUP BY page_id
            """, arguments: [start, end])
    }

    /// Blocks that started in `[start, end)`, per page and reason code (nil: a VK reason outside
    /// 6.7, or a code this version does not know) (`blocks_on_from_at`).
    static func blocks(_ db: Database, start: Int64, end: Int64) throws -> [(page: String, reason: BlockReason?, count: Int)] {
        try Row.fetchAll(db, sql: """
            SELECT page_id, reason, COUNT(*) FROM blocks
            WHERE from_at >= ? AND from_at < ?
            GROUP BY page_id, reason
            """, arguments: [start, end]).map { row in
            (row[0], (row[1] as String?).flatMap(BlockReason.init(rawValue:)), row[2])
        }
    }

    private static func grouped(_ db: Database, sql: String, arguments: StatementArguments) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            counts[row[0]] = row[1]
        }
        return counts
    }
}
