import GRDB

/// A value that changes with every write dutydesk makes: the counters of its AUTOINCREMENT
/// tables. Every change appends somewhere (a staff action to the audit log, ingest to the events
/// journal, replies to the outbox and messages), so two transactions that read the same marker
/// see the same database.
enum WriteMarker {
    static func read(_ db: Database) throws -> String {
        try String.fetchOne(db, sql: """
            SELECT group_concat(name || '=' || seq, ',') FROM (SELECT name, seq FROM sqlite_sequence ORDER BY name)
            """) ?? ""
    }
}
