import GRDB

/// Indexes for the quarterly report and the audit (regulation 5.12, 5.14), so that a quarter's
/// figures come from index ranges instead of whole-table scans: a quarter of a million items
/// must report within two seconds.
enum SchemaV3 {
    static func createReportIndexes(_ db: Database) throws {
        // The requests of a quarter start with the incoming messages sent in it. Partial (only
        // live incoming messages) and covering, so finding a quarter's items never reads the
        // messages table. `direction` and `deleted_at` are repeated as columns although the
        // WHERE fixes them: SQLite (3.40) counts an index as covering only if it holds every
        // column the query names.
        try db.execute(sql: """
            CREATE INDEX messages_incoming_on_sent_at ON messages(sent_at, page_id, item_id, direction, deleted_at)
            WHERE direction = 'in' AND deleted_at IS NULL
            """)
        // Each item's live messages in time order, with everything the reply clocks need
        // (direction, outbox entry; the rowid comes with every index), so the walk through a
        // quarter's items and their messages reads this index alone.
        try db.execute(sql: """
            CREATE INDEX messages_live_on_item_sent_at ON messages(item_id, sent_at, direction, outbox_id, deleted_at)
            WHERE deleted_at IS NULL
            """)
        // The range of ids of the items created in a quarter (almost all of its requests).
        try db.create(index: "items_on_created_at", on: "items", columns: ["created_at"])
        // Complaints escalated in a quarter; few items are ever escalated, so the index is small.
        try db.execute(sql: """
            CREATE INDEX items_escalated_on_escalated_at ON items(escalated_at, page_id)
            WHERE escalated_at IS NOT NULL
            """)
        // Blocks started in a quarter, by page and reason, without reading the table.
        try db.create(index: "blocks_on_from_at", on: "blocks", columns: ["from_at", "page_id", "reason"])
        // `audit log` for a coordinator or an admin: their pages' entries, in time order.
        try db.create(index: "audit_log_on_page_id_at", on: "audit_log", columns: ["page_id", "at"])
    }
}
