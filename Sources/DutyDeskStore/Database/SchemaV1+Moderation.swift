import GRDB

extension SchemaV1 {
    /// Blocks (regulation 6.7) and the duty schedule (6.1, 5.15).
    static func createModeration(_ db: Database) throws {
        // A block is never deleted: unblocking fills the unblocked_* columns, so the history
        // of who blocked whom, why and for how long stays for the audit.
        try db.create(table: "blocks", options: .strict) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("page_id", .text).notNull().references("pages", column: "id")
            t.column("user_id", .integer).notNull()
            t.column("user_name", .text)
            // A BlockReason code; NULL when a block made in VK itself gave a reason outside
            // the regulation's five (ingest records what happened, it does not invent a reason).
            t.column("reason", .text)
            t.column("comment", .text)
            t.column("from_at", .integer).notNull()
            t.column("until_at", .integer)   // NULL: permanent
            t.column("blocked_by", .text).notNull()
            t.column("unblocked_at", .integer)
            t.column("unblocked_by", .text)
            t.column("unblock_note", .text)
            // "dutydesk" when blocked here, "vk" when learned from a user_block event.
            t.column("source", .text).notNull().defaults(to: "dutydesk")
        }
        // "Is this author blocked on this page?" — asked for every inbox line.
        try db.create(index: "blocks_on_page_user", on: "blocks", columns: ["page_id", "user_id"])

        try db.create(table: "duty_shifts", options: .strict) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("page_id", .text).notNull().references("pages", column: "id")
            // A foreign key: a shift for someone who is not on the staff is a mistake to refuse.
            // Staff are deactivated, not deleted, so past shifts keep their person.
            t.column("username", .text).notNull().references("staff", column: "username")
            t.column("starts_at", .integer).notNull()
            t.column("ends_at", .integer).notNull()
            t.column("created_by", .text).notNull()
            t.column("created_at", .integer).notNull()
            t.check(sql: "ends_at > starts_at")
        }
        // Who is on duty now and next, and the coverage of a period.
        try db.create(index: "duty_shifts_on_page_starts_at", on: "duty_shifts", columns: ["page_id", "starts_at"])
        // One person's shifts, to check them against their absences.
        try db.create(index: "duty_shifts_on_username_starts_at", on: "duty_shifts", columns: ["username", "starts_at"])
    }
}
