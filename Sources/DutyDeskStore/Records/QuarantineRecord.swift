import Foundation
import GRDB

/// A line ingest could not use, kept exactly as it came (bytes: it may not even be valid
/// UTF-8) with its origin and the reason, so it can be inspected and ingested again later.
public struct QuarantineRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "quarantine"

    public var id: Int64?
    /// The file name, or "-" for standard input.
    public var source: String
    public var lineNumber: Int
    public var reason: String
    public var raw: Data
    public var receivedAt: Int64

    public init(id: Int64? = nil, source: String, lineNumber: Int, reason: String, raw: Data, receivedAt: Int64) {
        self.id = id
        self.source = source
        self.lineNumber = lineNumber
        self.reason = reason
        self.raw = raw
        self.receivedAt = receivedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, source
        case lineNumber = "line_number"
        case reason, raw
        case receivedAt = "received_at"
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let source = Column(CodingKeys.source)
        public static let receivedAt = Column(CodingKeys.receivedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
