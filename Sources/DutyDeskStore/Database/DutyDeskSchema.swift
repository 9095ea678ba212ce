import GRDB

/// The schema's history, as a list of named migrations applied in order.
///
/// A migration that has shipped is never edited: databases already carry it. A change to the
/// schema is a new migration appended at the end ("v2-…"). That is also why migrations spell
/// out their SQL names and codes literally instead of using the record types or Core enums,
/// which keep evolving.
///
/// Conventions: times are INTEGER Unix seconds (UTC), given by the caller (the program has a
/// fixed-clock mode, so SQLite's clock is never a default); dates without a time are TEXT
/// "YYYY-MM-DD"; booleans are INTEGER 0/1. Tables are STRICT, so a value of the wrong type
/// (a Date written as text into a time column, say) fails loudly instead of being stored.
public enum DutyDeskSchema {
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-schema") { db in
            try SchemaV1.createOrganisation(db)
            try SchemaV1.createInbox(db)
            try SchemaV1.createModeration(db)
            try SchemaV1.createJournals(db)
        }
        migrator.registerMigration("v2-duty-changes", migrate: SchemaV2.createDutyChanges)
        migrator.registerMigration("v3-report-indexes", migrate: SchemaV3.createReportIndexes)
        migrator.registerMigration("v4-pending-deletions", migrate: SchemaV4.createPendingDeletions)
        migrator.registerMigration("v5-lean-ingest", migrate: SchemaV5.leanIngest)
        return migrator
    }

    /// Every table the current schema has, for checks and diagnostics.
    public static let tableNames: [String] = [
        "meta", "departments", "pages", "staff", "staff_roles", "absences",
        "items", "item_reads", "messages", "message_edits", "outbox", "drafts",
        "blocks", "duty_shifts", "duty_changes",
        "events", "quarantine", "audit_log", "pending_deletions",
    ]
}

/// The first schema, split by area so that each part reads on one screen.
enum SchemaV1 {}
