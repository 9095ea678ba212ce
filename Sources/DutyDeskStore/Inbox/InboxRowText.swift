import GRDB

/// The words of one inbox line: who wrote and the start of what they wrote. Fetched only for
/// the lines on screen, by id.
public struct InboxRowText: Sendable, Equatable {
    public let author: String
    /// The start of the latest incoming message (untrusted: sanitise before display).
    public let text: String
    public let messageCount: Int

    public init(author: String, text: String, messageCount: Int) {
        self.author = author
        self.text = text
        self.messageCount = messageCount
    }
}

public enum InboxRowTextQuery {
    /// How much of a preview a list line could ever show.
    static let previewLength = 400

    public static func texts(_ db: Database, ids: [Int64]) throws -> [Int64: InboxRowText] {
        guard !ids.isEmpty else { return [:] }
        var result: [Int64: InboxRowText] = [:]
        // In slices: SQLite limits the number of bound parameters.
        for start in stride(from: 0, to: ids.count, by: 500) {
            let slice = Array(ids[start..<min(start + 500, ids.count)])
            let marks = slice.map { _ in "?" }.joined(separator: ",")
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, author_name, substr(preview, 1, \(previewLength)), message_count
                FROM items WHERE id IN (\(marks))
                """, arguments: StatementArguments(slice))
            while let row = try rows.next() {
                result[row[0]] = InboxRowText(author: row[1], text: row[2] ?? "", messageCount: row[3])
            }
        }
        return result
    }
}
