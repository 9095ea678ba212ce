import GRDB

extension SchemaV1 {
    /// What the coordinator sets up: departments and their calendars, pages, staff.
    static func createOrganisation(_ db: Database) throws {
        // Small facts about the database itself, e.g. the marker of the demo database.
        try db.create(table: "meta", options: .strict) { t in
            t.primaryKey("key", .text)
            t.column("value", .text).notNull()
        }

        try db.create(table: "departments", options: .strict) { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("head_name", .text)
            t.column("head_email", .text)
            t.column("timezone", .text).notNull().defaults(to: "Europe/Moscow")
            // The Core WorkingCalendar as JSON: the calendar's shape belongs to Core, and a
            // department's calendar is always read and written whole.
            t.column("calendar", .text).notNull()
            t.column("updated_at", .integer).notNull()
        }

        try db.create(table: "pages", options: .strict) { t in
            t.primaryKey("id", .text)
            t.column("network", .text).notNull()
            // VK group id (positive) or Telegram channel chat id (negative).
            t.column("external_id", .integer).notNull()
            t.column("name", .text).notNull()
            t.column("url", .text).notNull().defaults(to: "")
            t.column("department_id", .text).notNull().references("departments", column: "id")
            // Appendix 1 "день согласования": a weekday code such as "thu".
            t.column("approval_day", .text)
            // Telegram: comments arrive in the channel's linked discussion group.
            t.column("discussion_chat_id", .integer)
            t.column("bot_username", .text)
            t.uniqueKey(["network", "external_id"])
        }
        // Ingest finds the page of a Telegram comment by its discussion group.
        try db.create(index: "pages_on_discussion_chat_id", on: "pages", columns: ["discussion_chat_id"])

        // Staff are deactivated rather than deleted: messages, shifts and the audit log keep
        // naming them.
        try db.create(table: "staff", options: .strict) { t in
            t.primaryKey("username", .text)   // the operating-system user name
            t.column("name", .text).notNull()
            t.column("email", .text)
            t.column("active", .integer).notNull().defaults(to: 1)
        }

        try db.create(table: "staff_roles", options: .strict) { t in
            t.column("username", .text).notNull().references("staff", column: "username", onDelete: .cascade)
            // A page id, or "*" for a global role (the curator). Not a foreign key because of "*".
            t.column("page_id", .text).notNull()
            t.column("role", .text).notNull()
            t.primaryKey(["username", "page_id"])
        }
        // "Who administers this page?" — for the rotation and the duty panel.
        try db.create(index: "staff_roles_on_page_id", on: "staff_roles", columns: ["page_id"])

        try db.create(table: "absences", options: .strict) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("username", .text).notNull().references("staff", column: "username", onDelete: .cascade)
            t.column("from_date", .text).notNull()   // YYYY-MM-DD, inclusive
            t.column("to_date", .text).notNull()     // YYYY-MM-DD, inclusive
            t.column("reason", .text).notNull()
            t.column("note", .text)
            t.check(sql: "to_date >= from_date")
        }
        try db.create(index: "absences_on_username_from_date", on: "absences", columns: ["username", "from_date"])
    }
}
