import DutyDeskCore
import Foundation
import GRDB

/// Puts messages into items: creates items and messages for the demo and replies, so all of
/// them obey the same item rules. Ingest, which stores tens of thousands a second, runs the
/// same inserts through `IngestStatements` and derives the same columns in memory
/// (`IngestItemState`; `IngestItemDerivationTests` checks they agree with the SQL here and in
/// `ItemClock`).
public enum ItemWriter {
    public struct ThreadKey: Sendable, Hashable {
        public let pageID: String
        public let kind: ItemKind
        /// A conversation: the reader's peer id; a comment thread: "post:top-comment".
        public let key: String

        public init(pageID: String, kind: ItemKind, key: String) {
            self.pageID = pageID
            self.kind = kind
            self.key = key
        }
    }

    /// The item of a conversation or thread, created on its first message.
    public static func item(_ db: Database, for thread: ThreadKey, authorID: Int64, authorName: String,
                            postID: Int64?, at: Int64) throws -> Int64 {
        if let id = try existingItem(db, for: thread) { return id }
        try db.cachedStatement(sql: """
            INSERT INTO items (page_id, kind, thread_key, author_id, author_name, post_id, status,
                               has_deadline, message_count, created_at, last_message_at)
            VALUES (?, ?, ?, ?, ?, ?, 'open', 1, 0, ?, ?)
            """).execute(arguments: [thread.pageID, thread.kind.rawValue, thread.key, authorID, authorName, postID, at, at])
        return db.lastInsertedRowID
    }

    /// The item of a conversation or thread, nil before its first message. A cached statement:
    /// ingest looks items up for nearly every event.
    static func existingItem(_ db: Database, for thread: ThreadKey) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT id FROM items WHERE page_id = ? AND kind = ? AND thread_key = ?
            """), arguments: [thread.pageID, thread.kind.rawValue, thread.key])
    }

    public struct NewMessage: Sendable {
        public var itemID: Int64
        public var pageID: String
        public var direction: MessageDirection
        /// Unique per page: the platform's own id for the message, so a repeat is recognised.
        public var platformKey: String
        public var authorID: Int64
        public var authorName: String
        public var text: String
        public var sentAt: Int64
        public var rawJSON: String
        public var replyToKey: String?

        public init(itemID: Int64, pageID: String, direction: MessageDirection, platformKey: String,
                    authorID: Int64, authorName: String, text: String, sentAt: Int64, rawJSON: String,
                    replyToKey: String? = nil) {
            self.itemID = itemID
            self.pageID = pageID
            self.direction = direction
            self.platformKey = platformKey
            self.authorID = authorID
            self.authorName = authorName
            self.text = text
            self.sentAt = sentAt
            self.rawJSON = rawJSON
            self.replyToKey = replyToKey
        }
    }

    /// Stores a message; nil when the page already has a message with that platform key.
    /// (Ingest runs the same insert through `IngestStatements.insertMessage`.)
    @discardableResult
    public static func add(_ db: Database, _ message: NewMessage) throws -> Int64? {
        try db.cachedStatement(sql: """
            INSERT INTO messages (item_id, page_id, direction, platform_key, author_id, author_name, text,
                                  sent_at, raw_json, reply_to_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(page_id, platform_key) DO NOTHING
            """).execute(arguments: [message.itemID, message.pageID, message.direction.rawValue, message.platformKey,
                                     message.authorID, message.authorName, message.text, message.sentAt,
                                     message.rawJSON, message.replyToKey])
        guard db.changesCount > 0 else { return nil }
        let id = db.lastInsertedRowID
        try refreshSummary(db, itemID: message.itemID)
        return id
    }

    /// The item's list columns (preview, counts, times), derived from its messages.
    public static func refreshSummary(_ db: Database, itemID: Int64) throws {
        try db.cachedStatement(sql: "UPDATE items SET \(summaryAssignments) WHERE id = :id")
            .execute(arguments: ["id": itemID])
    }

    /// The SET clause of the list columns, for the item bound to `:id`.
    private static let summaryAssignments = """
        message_count = (SELECT COUNT(*) FROM messages WHERE item_id = :id),
        last_message_at = (SELECT MAX(sent_at) FROM messages WHERE item_id = :id),
        last_incoming_at = (SELECT MAX(sent_at) FROM messages WHERE item_id = :id AND direction = 'in'),
        preview = COALESCE((SELECT text FROM messages WHERE item_id = :id AND direction = 'in'
                            AND deleted_at IS NULL ORDER BY sent_at DESC, id DESC LIMIT 1),
                           (SELECT text FROM messages WHERE item_id = :id AND direction = 'in'
                            ORDER BY sent_at DESC, id DESC LIMIT 1), preview)
        """
}
