import Foundation
import GRDB

/// Writes rejected lines into the quarantine table, once: ingesting the same file again must
/// change nothing, so a line already quarantined from the same source, at the same line number,
/// with the same bytes is not stored twice.
///
/// What is already there is read only when the run meets its first bad line, so a clean run
/// never pays for it; after that, the run's own lines are remembered too.
struct QuarantineLedger {
    /// A line by number, length and a hash of its bytes: lines can be a megabyte long, and a
    /// bad file can have many; a 64-bit hash collision between two bad lines at the same line
    /// number with the same length is not a real risk.
    private struct Key: Hashable {
        let lineNumber: Int
        let length: Int
        let digest: Int

        init(lineNumber: Int, raw: UnsafeRawBufferPointer) {
            self.lineNumber = lineNumber
            length = raw.count
            var hasher = Hasher()
            hasher.combine(bytes: raw)
            digest = hasher.finalize()
        }
    }

    let source: String
    private var known: Set<Key>?

    init(source: String) {
        self.source = source
    }

    /// Stores the line unless it is already quarantined.
    mutating func store(_ db: Database, _ line: RejectedLine, receivedAt: Int64) throws {
        if known == nil { known = try load(db) }
        let key = line.raw.withUnsafeBytes { Key(lineNumber: line.lineNumber, raw: $0) }
        guard known!.insert(key).inserted else { return }
        try db.cachedStatement(sql: """
            INSERT INTO quarantine (source, line_number, reason, raw, received_at) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [source, line.lineNumber, line.reason.message.en, Data(line.raw), receivedAt])
    }

    private func load(_ db: Database) throws -> Set<Key> {
        var keys = Set<Key>()
        let rows = try Row.fetchCursor(db, sql: "SELECT line_number, raw FROM quarantine WHERE source = ?",
                                       arguments: [source])
        while let row = try rows.next() {
            let raw: Data = row["raw"]
            let lineNumber: Int = row["line_number"]
            keys.insert(raw.withUnsafeBytes { Key(lineNumber: lineNumber, raw: $0) })
        }
        return keys
    }

    /// After a rolled-back transaction: what the run remembered storing may not be there.
    mutating func forgetRemembered() {
        known = nil
    }
}
