import GRDB

extension SchemaV1 {
    /// What came in (events, rejected lines) and what was done (the audit log).
    /// None of these tables has a foreign key: a journal must outlive what it mentions, and
    /// must never block or cascade a change elsewhere.
    static func createJournals(_ db: Database) throws {
        // The raw JSON of every ingested event. The unique key is what makes ingest
        // idempotent: VK may deliver an event twice, and a file may be ingested twice.
        try db.create(table: "events", options: .strict) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("network", .text).notNull()
            t.column("event_key", .text).notNull()   // VK event_id; Telegram bot + update_id
            t.column("page_id", .text)
            t.column("type", .text).notNull()
            t.column("received_at", .integer).notNull()
            t.column("raw_json", .text).notNull()
            t.uniqueKey(["network", "event_key"])
        }

        // Lines ingest could not use, kept byte for byte (BLOB: the line may not even be
        // valid UTF-8) with where they came from and why they were refused.
        try db.create(table: "quarantine", options: .strict) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("source", .text).notNull()   // the file name, or "-" for standard input
            t.column("line_number", .integer).notNull()
            t.column("reason", .text).notNull()
            t.column("raw", .blob).notNull()
            t.column("received_at", .integer).notNull()
        }

        try createAuditLog(db)
    }

    /// Regulation 5.14: every action, who did it and when. AUTOINCREMENT keeps ids strictly
    /// increasing, so the log's order is its id order.
    private static func createAuditLog(_ db: Database) throws {
        try db.create(table: "audit_log", options: .strict) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .integer).notNull()
            t.column("actor", .text).notNull()
            t.column("action", .text).notNull()
            t.column("page_id", .text)
            t.column("item_id", .integer)
            t.column("details", .text).notNull().defaults(to: "{}")   // JSON object
        }
        try db.create(index: "audit_log_on_at", on: "audit_log", columns: ["at"])
        try db.create(index: "audit_log_on_actor_at", on: "audit_log", columns: ["actor", "at"])
        try db.create(index: "audit_log_on_item_id", on: "audit_log", columns: ["item_id"])

        // The database itself refuses to rewrite history, whichever program or person tries.
        // (Anyone who may write the file could drop these triggers; the file's permissions are
        // the real boundary. The triggers stop mistakes and honest shortcuts.)
        try db.execute(sql: """
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

            -- INSERT OR REPLACE deletes the row it collides with without firing DELETE
            -- triggers, so an insert that reuses an existing id is refused as well.
            CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
            WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
            """)
    }
}
