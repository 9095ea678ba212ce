import Foundation
import GRDB

/// Reads the database file directly, as a second process would.
struct DatabaseProbe {
    let queue: DatabaseQueue

    init(_ path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    func count(_ table: String) throws -> Int {
        try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    func integrityCheck() throws -> String {
        try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    /// Polls until the messages table holds at least `count` rows; false at the deadline.
    func waitFor(messages count: Int, within seconds: Double) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try self.count("messages") >= count { return true }
            usleep(20_000)
        }
        return try self.count("messages") >= count
    }
}
