import GRDB
import Testing
@testable import DutyDeskStore

/// The inbox is read every second or two by every open dutydesk; it must walk an index in
/// deadline order and stop after a screenful, not sort the whole table each time.
struct QueryPlanTests {
    static func plan(_ database: DutyDeskDatabase, _ sql: String) throws -> String {
        try database.reader.read { db throws in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
        }.joined(separator: "\n")
    }

    @Test func openItemsByDeadlineUseTheIndex() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let plan = try Self.plan(database, "SELECT * FROM items WHERE status = 'open' ORDER BY deadline_at LIMIT 50")
            #expect(plan.contains("USING INDEX items_on_status_deadline"), "\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
        }
    }

    @Test func theInboxScreensOrderUsesItsIndex() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let plan = try Self.plan(database, """
                SELECT i.* FROM items i WHERE i.status IN ('open')
                ORDER BY i.deadline_at IS NULL, i.deadline_at, i.last_message_at DESC LIMIT 50
                """)
            #expect(plan.contains("USING INDEX items_inbox_order"), "\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
        }
    }

    @Test func onePagesOpenItemsByDeadlineUseTheIndex() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let plan = try Self.plan(database, """
                SELECT * FROM items WHERE page_id = 'lib1-vk' AND status = 'open' ORDER BY deadline_at LIMIT 50
                """)
            #expect(plan.contains("USING INDEX items_on_page_status_deadline"), "\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
        }
    }

    @Test func theMessageAnOutboxEntryBecameIsFoundByThePartialIndex() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let plan = try Self.plan(database, "SELECT id FROM messages WHERE outbox_id = 5")
            #expect(plan.contains("messages_on_outbox_id"), "\(plan)")
        }
    }

    @Test func anItemsMessagesInOrderUseTheIndex() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let plan = try Self.plan(database, "SELECT * FROM messages WHERE item_id = 1 ORDER BY sent_at")
            #expect(plan.contains("USING INDEX messages_on_item_sent_at"), "\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
        }
    }

    @Test func findingTheTelegramPageOfADiscussionGroupUsesTheIndex() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let plan = try Self.plan(database, "SELECT id FROM pages WHERE discussion_chat_id = -1009876543210")
            #expect(plan.contains("USING INDEX pages_on_discussion_chat_id"), "\(plan)")
        }
    }
}
