import Foundation
import GRDB

/// Notices that any process has committed to the database, cheaply enough to ask every second.
///
/// GRDB's ValueObservation sees only this process's writes; `PRAGMA data_version` changes
/// whenever another connection (in any process) commits. It must be asked on one and the same
/// connection every time, hence a dedicated read-only queue rather than the pool.
public final class DatabaseChangeProbe: Sendable {
    private let connection: DatabaseQueue
    private let lastVersion = LastValue()

    public init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(1)
        configuration.label = "dutydesk.change-probe"
        connection = try DatabaseQueue(path: path, configuration: configuration)
        lastVersion.set(try connection.inDatabase(Self.version))
    }

    /// True when something was committed since the previous call (or since creation).
    public func hasChanged() throws -> Bool {
        // Outside a transaction: the pragma looks at the file's state as it is now, and a
        // read transaction per second would only add work.
        let version = try connection.inDatabase(Self.version)
        return lastVersion.exchange(version) != version
    }

    private static func version(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
    }
}

/// A tiny lock-protected integer, so the probe can be `Sendable` without an actor.
private final class LastValue: @unchecked Sendable {
    private var value: Int64 = 0
    private let lock = NSLock()

    func set(_ new: Int64) { lock.withLock { value = new } }

    func exchange(_ new: Int64) -> Int64 {
        lock.withLock {
            let old = value
            value = new
            return old
        }
    }
}
