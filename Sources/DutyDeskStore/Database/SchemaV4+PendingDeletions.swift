import GRDB

/// The fourth schema step: VK deletions that arrived before the comment they delete.
enum SchemaV4 {
    static func createPendingDeletions(_ db: Database) throws {
        // Events come out of order: a `wall_reply_delete` may be read before its
        // `wall_reply_new`. The deletion waits here, keyed like the message it is for, and is
        // applied (and removed) in the transaction that stores that message. No foreign key:
        // the message does not exist yet, and the page's id is all it needs.
        try db.create(table: "pending_deletions", options: [.strict, .withoutRowID]) { t in
            t.column("page_id", .text).notNull()
            t.column("platform_key", .text).notNull()
            t.column("deleted_at", .integer).notNull()
            t.column("deleted_by", .text).notNull()
            t.primaryKey(["page_id", "platform_key"])
        }
    }
}
