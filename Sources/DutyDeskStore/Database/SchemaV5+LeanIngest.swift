import GRDB

/// The fifth schema step: less for ingest to write per message, with the same queries served.
enum SchemaV5 {
    static func leanIngest(_ db: Database) throws {
        // The event a message came in with. The event's row keeps the raw JSON, so an ingested
        // message no longer stores a second copy of it in `raw_json` (which stays for messages
        // written before this step). No foreign key, like every journal reference.
        try db.execute(sql: "ALTER TABLE messages ADD COLUMN event_id INTEGER")
        // Only replies sent from dutydesk have an outbox entry: the index no longer holds a
        // NULL for every incoming message. `outbox_id = ?` (and the ON DELETE SET NULL action)
        // still use it, since a comparison implies IS NOT NULL.
        try db.execute(sql: "DROP INDEX messages_on_outbox_id")
        try db.execute(sql: """
            CREATE INDEX messages_on_outbox_id ON messages(outbox_id) WHERE outbox_id IS NOT NULL
            """)
    }
}
