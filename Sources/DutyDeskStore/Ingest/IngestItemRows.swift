import DutyDeskCore
import GRDB

/// The item rows ingest reads and writes (new items: `IngestStatements.insertItem`; lookups:
/// `ItemWriter.existingItem`): an item's state read once, and its derived columns written
/// back. Cached statements with plain values (no subqueries): ingest writes an item for
/// nearly every event.
enum IngestItemRows {
    /// The item as stored, with all of its messages; nil when there is no such item.
    static func load(_ db: Database, itemID: Int64) throws -> IngestItemState? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT status, closed_at, author_id, author_name, created_at, clock_started_at, deadline_at, has_deadline,
                   last_outgoing_at, message_count, last_message_at, last_incoming_at, preview
            FROM items WHERE id = ?
            """), arguments: [itemID]) else { return nil }
        let status = ItemStatus(rawValue: row[0]) ?? .open
        let written = DerivedItemColumns(
            authorID: row[2], authorName: row[3], createdAt: row[4], status: status, clockStartedAt: row[5],
            deadlineAt: row[6], hasDeadline: row[7], lastOutgoingAt: row[8], messageCount: row[9],
            lastMessageAt: row[10], lastIncomingAt: row[11], preview: row[12])
        var messages: [IngestItemState.Message] = []
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT id, platform_key, direction = 'in', author_id, author_name, sent_at, deleted_at IS NOT NULL, text
            FROM messages WHERE item_id = ?
            """), arguments: [itemID])
        while let message = try cursor.next() {
            messages.append(IngestItemState.Message(
                id: message[0], platformKey: message[1], incoming: message[2], authorID: message[3],
                authorName: message[4], sentAt: message[5], deleted: message[6], text: message[7]))
        }
        return IngestItemState(id: itemID, messages: messages, closedAt: status == .closed ? row[1] : nil,
                               written: written, previewFallback: written.preview, derivedHere: false)
    }

    /// Writes the derived columns; the author and start only when they changed.
    static func update(_ db: Database, itemID: Int64, to columns: DerivedItemColumns, from written: DerivedItemColumns)
        throws {
        var arguments: StatementArguments = [
            columns.status.rawValue, columns.clockStartedAt, columns.deadlineAt, columns.hasDeadline ? 1 : 0,
            columns.lastOutgoingAt, columns.messageCount, columns.lastMessageAt, columns.lastIncomingAt, columns.preview,
        ]
        let clockAndList = """
            status = ?, clock_started_at = ?, deadline_at = ?, has_deadline = ?, last_outgoing_at = ?,
            message_count = ?, last_message_at = ?, last_incoming_at = ?, preview = ?
            """
        if columns.hasSameAuthorship(as: written) {
            arguments += [itemID]
            try db.cachedStatement(sql: "UPDATE items SET \(clockAndList) WHERE id = ?").execute(arguments: arguments)
        } else {
            arguments += [columns.authorID, columns.authorName, columns.createdAt, itemID]
            try db.cachedStatement(sql: """
                UPDATE items SET \(clockAndList), author_id = ?, author_name = ?, created_at = ? WHERE id = ?
                """).execute(arguments: arguments)
        }
    }
}
