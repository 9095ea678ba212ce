import DutyDeskCore
import GRDB

/// An item's state as ingest reads it, once, when it is not held in memory (new items:
/// `IngestStatements.insertItem`; the derived columns written back:
/// `IngestStatements.updateItem`; lookups: `ItemWriter.existingItem`).
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
}
