import Foundation
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
        // GRDB reads the list of applied migrations before it takes the write lock. When several
        // processes open a new file at the same moment, a later one can replay a migration that
        // another has just committed ("table already exists"). Trying again reads the list anew
        // and skips what is done; only an error that persists is real.
        var attempt = 0
        while true {
            do {
                try migrator.migrate(pool)
                break
            } catch {
                attempt += 1
                if try pool.read(migrator.hasCompletedMigrations) { break }
                guard attempt < 8 else { throw error }
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
        if try pool.read(migrator.hasBeenSuperseded) {
            throw DatabaseOpenError.newerSchema(path: path)
        }
    }
}
