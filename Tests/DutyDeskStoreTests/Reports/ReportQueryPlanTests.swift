import DutyDeskCore
import GRDB
import Testing
@testable import DutyDeskStore

/// A quarter of a million items reports within two seconds only if every query walks an index
/// range, in the order it is read, without sorting; these plans keep it so.
struct ReportQueryPlanTests {
    static func plan(_ database: DutyDeskDatabase, _ sql: String, _ arguments: StatementArguments) throws -> String {
        try database.reader.read { db throws in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }.joined(separator: "\n")
    }

    static func check(_ sql: String, _ arguments: StatementArguments, uses indexes: [String], sorts: Bool = false) throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let plan = try Self.plan(database, sql, arguments)
            for index in indexes {
                #expect(plan.contains(index), "\(plan)")
            }
            #expect(plan.contains("TEMP B-TREE") == sorts, "\(plan)")
            #expect(!plan.contains("SCAN m ") && !plan.contains("SCAN messages") && !plan.contains("SCAN items"), "\(plan)")
        }
    }

    @Test func theQuartersNewItemsAreOneIndexRange() throws {
        try Self.check("SELECT MIN(id), MAX(id) FROM items WHERE created_at >= ? AND created_at < ?", [0, 1],
                       uses: ["items_on_created_at"])
    }

    @Test func theirFactsAndMessagesAreReadInItemOrder() throws {
        try Self.check(RequestScan.factsInRangeSQL, [1, 2], uses: ["INTEGER PRIMARY KEY"])
        try Self.check(RequestScan.messagesInRangeSQL, [1, 2, 3], uses: ["COVERING INDEX messages_live_on_item_sent_at"])
    }

    /// Items outside the range (few), or one page's items: by id, then sorted into item order
    /// (SQLite cannot know that the ids arrive sorted).
    @Test func theirRepliesOutboxEntriesAreOneRange() throws {
        try Self.check("SELECT MIN(id), MAX(id) FROM outbox WHERE item_id BETWEEN ? AND ?", [1, 2], uses: ["outbox_on_item_id"])
        try Self.check("SELECT \(OutboxFacts.columns) FROM outbox o WHERE o.id BETWEEN ? AND ?", [1, 2],
                       uses: ["INTEGER PRIMARY KEY"])
    }

    @Test func otherItemsAreReadById() throws {
        try Self.check(RequestScan.factsByIDSQL, ["[1,2]"], uses: ["INTEGER PRIMARY KEY"], sorts: true)
        try Self.check(RequestScan.messagesByIDSQL, ["[1,2]", 3], uses: ["COVERING INDEX messages_live_on_item_sent_at"],
                       sorts: true)
    }

    @Test func theirIdsComeFromThePartialIndexOfIncomingMessages() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let plan = try Self.plan(database, """
                SELECT item_id FROM messages
                WHERE direction = 'in' AND deleted_at IS NULL AND sent_at >= ? AND sent_at < ? AND (item_id < ? OR item_id > ?)
                  AND +page_id IN (?, ?)
                """, [0, 1, 2, 3, "a", "b"])
            #expect(plan.contains("COVERING INDEX messages_incoming_on_sent_at"), "\(plan)")
        }
    }

    @Test func sideCountsUseTheirIndexes() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let escalated = try Self.plan(database, """
                SELECT page_id, COUNT(*) FROM items WHERE escalated_at >= ? AND escalated_at < ? GROUP BY page_id
                """, [0, 1])
            #expect(escalated.contains("items_escalated_on_escalated_at"), "\(escalated)")
            let blocks = try Self.plan(database, """
                SELECT page_id, reason, COUNT(*) FROM blocks WHERE from_at >= ? AND from_at < ? GROUP BY page_id, reason
                """, [0, 1])
            #expect(blocks.contains("COVERING INDEX blocks_on_from_at"), "\(blocks)")
            let overdue = try Self.plan(database, """
                SELECT page_id, COUNT(*) FROM items WHERE status = 'open' AND deadline_at < ? AND clock_started_at < ? GROUP BY page_id
                """, [0, 1])
            #expect(overdue.contains("items_on_status_deadline") || overdue.contains("items_on_page_status_deadline")
                    || overdue.contains("items_inbox_order"), "\(overdue)")
            let log = try Self.plan(database, "SELECT * FROM audit_log WHERE page_id IN ('a', 'b') ORDER BY id", [])
            #expect(log.contains("audit_log_on_page_id_at") || log.contains("PRIMARY KEY"), "\(log)")
        }
    }
}
