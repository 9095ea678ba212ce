import GRDB

extension SchemaV1 {
    /// The inbox: items, their messages, who read them, replies waiting to go out, drafts.
    ///
    /// Ids are AUTOINCREMENT so that an id is never reused: the audit log names items and
    /// messages by id and must never come to point at a different one.
    static func createInbox(_ db: Database) throws {
        // An item is a private conversation (thread_key = the peer id) or a comment thread
        // (thread_key = "post_id:top_comment_id"). The reply-clock columns are derived from
        // the messages and kept here so the inbox is one indexed query.
        try db.create(table: "items", options: .strict) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("page_id", .text).notNull().references("pages", column: "id")
            t.column("kind", .text).notNull()
            t.column("thread_key", .text).notNull()
            t.column("author_id", .integer).notNull()
            t.column("author_name", .text).notNull().defaults(to: "")
            t.column("post_id", .integer)
            t.column("status", .text).notNull().defaults(to: "open")
            t.column("category", .text)
            t.column("is_critical", .integer).notNull().defaults(to: 0)
            t.column("is_complaint", .integer).notNull().defaults(to: 0)
            t.column("escalated_at", .integer)
            t.column("escalated_by", .text)
            // Arrival of the oldest unanswered incoming message; NULL when nothing waits.
            t.column("clock_started_at", .integer)
            t.column("deadline_at", .integer)
            // 0 when the calendar has no open time ahead, so there is no deadline at all.
            t.column("has_deadline", .integer).notNull().defaults(to: 1)
            t.column("last_incoming_at", .integer)
            t.column("last_outgoing_at", .integer)
            t.column("last_message_at", .integer).notNull()
            // First line of the latest incoming text, for the inbox list.
            t.column("preview", .text).notNull().defaults(to: "")
            t.column("message_count", .integer).notNull().defaults(to: 0)
            t.column("closed_reason", .text)
            t.column("closed_by", .text)
            t.column("closed_at", .integer)
            t.column("created_at", .integer).notNull()
            t.uniqueKey(["page_id", "kind", "thread_key"])
        }
        // The inbox order: open items by deadline, across all pages or for some pages.
        try db.create(index: "items_on_status_deadline", on: "items", columns: ["status", "deadline_at"])
        try db.create(index: "items_on_page_status_deadline", on: "items", columns: ["page_id", "status", "deadline_at"])
        // The order the inbox screen shows (overdue first, items without a deadline last,
        // then the most recent): lets that query stop after a screenful instead of sorting.
        try db.execute(sql: """
            CREATE INDEX items_inbox_order ON items(status, deadline_at IS NULL, deadline_at, last_message_at DESC)
            """)
        // Everything one reader wrote, e.g. before blocking them.
        try db.create(index: "items_on_author_id", on: "items", columns: ["author_id"])

        try db.create(table: "item_reads", options: .strict) { t in
            t.column("item_id", .integer).notNull().references("items", column: "id", onDelete: .cascade)
            t.column("username", .text).notNull()
            t.column("read_at", .integer).notNull()
            t.primaryKey(["item_id", "username"])
        }

        // Created before messages, which point at the outbox entry that produced a reply.
        try db.create(table: "outbox", options: .strict) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("item_id", .integer).notNull().references("items", column: "id", onDelete: .cascade)
            t.column("text", .text).notNull()
            t.column("template_ids", .text).notNull().defaults(to: "[]")   // JSON array
            t.column("edited", .integer).notNull().defaults(to: 0)
            t.column("free_form", .integer).notNull().defaults(to: 0)
            t.column("personal_data", .integer).notNull().defaults(to: 0)
            t.column("category", .text)
            t.column("status", .text).notNull().defaults(to: "pending")
            // VK's de-duplication key, fixed per entry so that a retry never sends twice.
            t.column("random_id", .integer).notNull()
            // The platform key of the message or comment this reply answers, for threading.
            t.column("reply_to_key", .text)
            t.column("created_by", .text).notNull()
            t.column("created_at", .integer).notNull()
            t.column("sent_at", .integer)
            t.column("error", .text)
        }
        try db.create(index: "outbox_on_status_created_at", on: "outbox", columns: ["status", "created_at"])
        try db.create(index: "outbox_on_item_id", on: "outbox", columns: ["item_id"])

        try db.create(table: "messages", options: .strict) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("item_id", .integer).notNull().references("items", column: "id", onDelete: .cascade)
            t.column("page_id", .text).notNull().references("pages", column: "id")
            t.column("direction", .text).notNull().check(sql: "direction IN ('in', 'out')")
            // Unique per page: VK "peer:conversation_message_id" or "comment:123", and so on.
            t.column("platform_key", .text).notNull()
            t.column("author_id", .integer).notNull()
            t.column("author_name", .text).notNull().defaults(to: "")
            t.column("text", .text).notNull().defaults(to: "")
            t.column("sent_at", .integer).notNull()
            t.column("edited_at", .integer)
            t.column("deleted_at", .integer)
            t.column("deleted_by", .text)
            t.column("delete_reason", .text)
            t.column("reply_to_key", .text)
            // NULL for replies dutydesk recorded itself (no platform event yet).
            t.column("raw_json", .text)
            t.column("outbox_id", .integer).references("outbox", column: "id", onDelete: .setNull)
            t.uniqueKey(["page_id", "platform_key"])
        }
        // An item's messages in order, and the reply clock's MIN/MAX over them.
        try db.create(index: "messages_on_item_sent_at", on: "messages", columns: ["item_id", "sent_at"])
        // Finds the message an outbox entry became; also keeps ON DELETE SET NULL from scanning.
        try db.create(index: "messages_on_outbox_id", on: "messages", columns: ["outbox_id"])

        // The text a message had before each edit: an edit never erases what was read.
        try db.create(table: "message_edits", options: .strict) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("message_id", .integer).notNull().references("messages", column: "id", onDelete: .cascade)
            t.column("previous_text", .text).notNull()
            t.column("edited_at", .integer).notNull()
            t.column("raw_json", .text)
        }
        try db.create(index: "message_edits_on_message_id", on: "message_edits", columns: ["message_id"])

        // One draft per item, so that a colleague who opens the item sees the reply in progress.
        try db.create(table: "drafts", options: .strict) { t in
            t.primaryKey("item_id", .integer).references("items", column: "id", onDelete: .cascade)
            t.column("username", .text).notNull()
            t.column("text", .text).notNull()
            t.column("template_ids", .text).notNull().defaults(to: "[]")   // JSON array
            t.column("updated_at", .integer).notNull()
        }
    }
}
