import DutyDeskCore
import GRDB

/// The statements ingest runs for nearly every event, prepared once per transaction and bound
/// directly (`DirectStatement`): the inserts of an event, a message (which points to its event
/// for the raw JSON) and a new item, and the update of an item's derived columns. Used by one
/// transaction on the writing thread only.
final class IngestStatements {
    private var event: DirectStatement
    private var message: DirectStatement
    private var item: DirectStatement
    private var itemUpdate: DirectStatement
    private var itemUpdateWithAuthorship: DirectStatement
    private let database: Database

    init(_ db: Database) throws {
        database = db
        event = try DirectStatement(db, sql: """
            INSERT INTO events (network, event_key, page_id, type, received_at, raw_json) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(network, event_key) DO NOTHING
            """)
        message = try DirectStatement(db, sql: """
            INSERT INTO messages (item_id, page_id, direction, platform_key, author_id, author_name, text,
                                  sent_at, event_id, reply_to_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(page_id, platform_key) DO NOTHING
            """)
        item = try DirectStatement(db, sql: """
            INSERT INTO items (page_id, kind, thread_key, post_id, author_id, author_name, created_at, status,
                               clock_started_at, deadline_at, has_deadline, last_outgoing_at, message_count,
                               last_message_at, last_incoming_at, preview)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(page_id, kind, thread_key) DO NOTHING
            """)
        // The author and start only when they change: their columns are indexed, and an update
        // that leaves them out does not touch those indexes.
        itemUpdate = try DirectStatement(db, sql: "UPDATE items SET \(Self.derivedAssignments) WHERE id = ?")
        itemUpdateWithAuthorship = try DirectStatement(db, sql: """
            UPDATE items SET \(Self.derivedAssignments), author_id = ?, author_name = ?, created_at = ? WHERE id = ?
            """)
    }

    private static let derivedAssignments = """
        status = ?, clock_started_at = ?, deadline_at = ?, has_deadline = ?, last_outgoing_at = ?,
        message_count = ?, last_message_at = ?, last_incoming_at = ?, preview = ?
        """

    /// Stores the event's row and returns its id; nil when the network already has an event
    /// with its key.
    func insertEvent(_ event: IngestEvent, receivedAt: Int64) throws -> Int64? {
        self.event.bind(event.network.rawValue)
        self.event.bind(event.eventKey)
        self.event.bind(event.pageID)
        self.event.bind(event.type)
        self.event.bind(receivedAt)
        self.event.bind(event.rawJSON)
        guard try self.event.run() > 0 else { return nil }
        return database.lastInsertedRowID
    }

    /// Stores a message of item `itemID` and returns its id; nil when the page already has its
    /// platform key. Its raw JSON is the row of event `eventID`, not stored again.
    func insertMessage(_ new: IngestMessage, itemID: Int64, pageID: String, eventID: Int64) throws -> Int64? {
        message.bind(itemID)
        message.bind(pageID)
        message.bind(new.direction.rawValue)
        message.bind(new.platformKey)
        message.bind(new.authorID)
        message.bind(new.authorName)
        message.bind(new.text)
        message.bind(new.sentAt)
        message.bind(eventID)
        message.bind(new.replyToKey)
        guard try message.run() > 0 else { return nil }
        return database.lastInsertedRowID
    }

    /// Creates the item of `thread` holding `columns`; nil when the thread already has an item.
    func insertItem(_ thread: ItemWriter.ThreadKey, postID: Int64?, columns: DerivedItemColumns) throws
        -> Int64? {
        item.bind(thread.pageID)
        item.bind(thread.kind.rawValue)
        item.bind(thread.key)
        item.bind(postID)
        item.bind(columns.authorID)
        item.bind(columns.authorName)
        item.bind(columns.createdAt)
        item.bindClockAndList(columns)
        guard try item.run() > 0 else { return nil }
        return database.lastInsertedRowID
    }

    /// Writes an item's derived columns, `columns`, over `written`, what its row holds now.
    func updateItem(_ itemID: Int64, to columns: DerivedItemColumns, from written: DerivedItemColumns) throws {
        let sameAuthorship = columns.hasSameAuthorship(as: written)
        func bindAndRun(_ statement: inout DirectStatement) throws {
            statement.bindClockAndList(columns)
            if !sameAuthorship {
                statement.bind(columns.authorID)
                statement.bind(columns.authorName)
                statement.bind(columns.createdAt)
            }
            statement.bind(itemID)
            _ = try statement.run()
        }
        if sameAuthorship { try bindAndRun(&itemUpdate) } else { try bindAndRun(&itemUpdateWithAuthorship) }
    }
}

private extension DirectStatement {
    /// Binds the reply clock's and the list's columns, in the order both item statements name
    /// them (`status` … `preview`).
    mutating func bindClockAndList(_ columns: DerivedItemColumns) {
        bind(columns.status.rawValue)
        bind(columns.clockStartedAt)
        bind(columns.deadlineAt)
        bind(Int64(columns.hasDeadline ? 1 : 0))
        bind(columns.lastOutgoingAt)
        bind(Int64(columns.messageCount))
        bind(columns.lastMessageAt)
        bind(columns.lastIncomingAt)
        bind(columns.preview)
    }
}
