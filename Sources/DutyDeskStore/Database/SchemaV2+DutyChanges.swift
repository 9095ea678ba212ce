import GRDB

/// The second schema step: the journal of duty schedule changes behind the 5.15 notices, and
/// where each shift came from, so a new rotation can replace its own shifts and keep the
/// coordinator's.
enum SchemaV2 {
    static func createDutyChanges(_ db: Database) throws {
        // Existing shifts were written by hand or by the demo; "manual" keeps them through a
        // rotation, which is the safe reading of a shift whose origin nobody recorded.
        try db.execute(sql: """
            ALTER TABLE duty_shifts ADD COLUMN origin TEXT NOT NULL DEFAULT 'manual'
                CHECK (origin IN ('manual', 'rotation'))
            """)

        // One row per change, written in the same transaction as the change. No foreign keys:
        // like the audit log, it outlives the shifts and people it mentions.
        try db.create(table: "duty_changes", options: .strict) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .integer).notNull()
            t.column("actor", .text).notNull()
            t.column("page_id", .text)                 // NULL for an absence: it is about a person
            t.column("kind", .text).notNull()          // add, reschedule, delete, reassign, swap, absence, generate
            t.column("shift_id", .integer)
            t.column("username_before", .text)
            t.column("username_after", .text)
            t.column("starts_at", .integer)            // the shift after the change (deleted: as it was)
            t.column("ends_at", .integer)
            t.column("starts_at_before", .integer)     // a reschedule's old period
            t.column("ends_at_before", .integer)
            t.column("from_date", .text)               // an absence's dates, YYYY-MM-DD, inclusive
            t.column("to_date", .text)
            t.column("note", .text)                    // absence reason; swap partner; "regenerated"
        }
        // "Changes since a date", for the notice.
        try db.create(index: "duty_changes_on_at", on: "duty_changes", columns: ["at"])

        // A notice must be able to say what happened; history is not rewritten.
        try db.execute(sql: """
            CREATE TRIGGER duty_changes_no_update BEFORE UPDATE ON duty_changes
            BEGIN SELECT RAISE(ABORT, 'duty_changes is append-only'); END;

            CREATE TRIGGER duty_changes_no_delete BEFORE DELETE ON duty_changes
            BEGIN SELECT RAISE(ABORT, 'duty_changes is append-only'); END;
            """)
    }
}
