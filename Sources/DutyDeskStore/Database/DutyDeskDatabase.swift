import GRDB

/// The inbox database: one SQLite file that several dutydesk processes (administrators logged
/// in over ssh) share at once.
///
/// A `DatabasePool` in WAL mode lets every process read while one writes; the busy timeout
/// makes a writer wait for another process's write instead of failing with "database is
/// locked". GRDB opens every write transaction as IMMEDIATE, so two writers never deadlock.
public struct DutyDeskDatabase: Sendable {
    /// How long a write waits for another process's write before it gives up.
    public static let busyTimeout: Double = 10

    public let path: String
    public let pool: DatabasePool

    /// For queries and observations.
    public var reader: any DatabaseReader { pool }
    /// For changes; every write runs in a transaction.
    public var writer: any DatabaseWriter { pool }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public static func open(path: String) throws -> DutyDeskDatabase {
        try DatabaseFile.prepare(path: path)
        let pool = try DatabasePool(path: path, configuration: configuration())
        try migrate(pool, path: path)
        return DutyDeskDatabase(path: path, pool: pool)
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "dutydesk"
        return configuration
    }

    private static func migrate(_ pool: DatabasePool, path: String) throws {
        let migrator = DutyDeskSchema.migrator
        // GRDB reads the list of applied migrations before it takes the write lock, and runs
        // each migration in its own transaction. When two processes open a new file at the very
        // same moment, both may find "v1-schema" missing; the second then waits for the first
        // one's migration and runs it again ("table already exists"). Rare, but an
        // administrator would see a baffling error. With several migrations the first process
        // may still be on a later one when the second fails, so: read the list again and retry,
        // once per migration at most; if the other process has finished meanwhile, all is well.
        var attempts = migrator.migrations.count + 1
        while true {
            do {
                try migrator.migrate(pool)
                break
            } catch {
                if try pool.read(migrator.hasCompletedMigrations) { break }
                attempts -= 1
                guard attempts > 0 else { throw error }
            }
        }
        if try pool.read(migrator.hasBeenSuperseded) {
            throw DatabaseOpenError.newerSchema(path: path)
        }
    }
}
