import DutyDeskCore
import GRDB

/// The message side of ingest: new messages into their items, edits, deletions and restores.
/// Every write goes through `ItemWriter` or touches one message row by its unique key; which
/// items were touched is collected so the writer refreshes each once per transaction.
struct IngestMessages {
    /// Items whose derived columns need a refresh before the transaction ends, with their page.
    private(set) var touched: [Int64: String] = [:]
    /// Items whose author or start may have changed (see `ItemAuthorship`).
    private(set) var authorshipChanged: Set<Int64> = []
    /// Thread → item, with its author and start. Kept across transactions (an item, once
    /// stored, keeps its id), bounded so that memory stays flat however long the run.
    private var items: [ItemWriter.ThreadKey: Int64] = [:]
    private var authorship: [Int64: ItemAuthorship.Facts] = [:]
    static let itemCacheLimit = 100_000

    /// After a commit: the next transaction starts with nothing to refresh.
    mutating func endTransaction() {
        touched.removeAll(keepingCapacity: true)
        authorshipChanged.removeAll(keepingCapacity: true)
        if items.count > Self.itemCacheLimit { forgetItems() }
    }

    private mutating func forgetItems() {
        items.removeAll(keepingCapacity: true)
        authorship.removeAll(keepingCapacity: true)
    }

    /// After a rollback: items created in it do not exist, so nothing remembered can be trusted.
    mutating func abandonTransaction() {
        endTransaction()
        forgetItems()
    }

    /// Records the item's authorship facts after `ItemAuthorship.refresh`.
    mutating func remember(_ facts: ItemAuthorship.Facts, of itemID: Int64) {
        authorship[itemID] = facts
    }

    /// Stores a new message; false when the page already has it (a duplicate).
    mutating func add(_ db: Database, _ message: IngestMessage, pageID: String, editedAt: Int64? = nil) throws -> Bool {
        let thread = try threadKey(db, message.placement, pageID: pageID)
        var found = items[thread]
        if found == nil {
            found = try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT id FROM items WHERE page_id = ? AND kind = ? AND thread_key = ?
                """), arguments: [pageID, thread.kind.rawValue, thread.key])
        }
        let created = found == nil
        let facts: ItemAuthorship.Facts
        if let known = found {
            if let cached = authorship[known] {
                facts = cached
            } else {
                facts = try ItemAuthorship.facts(db, itemID: known) ?? .init(authorID: message.authorID, createdAt: message.sentAt)
            }
        } else {
            found = try ItemWriter.item(db, for: thread, authorID: message.authorID, authorName: message.authorName,
                                         postID: message.postID, at: message.sentAt)
            facts = ItemAuthorship.Facts(authorID: message.authorID, createdAt: message.sentAt)
        }
        let itemID = found!
        items[thread] = itemID
        authorship[itemID] = facts
        let inserted = try ItemWriter.insert(db, ItemWriter.NewMessage(
            itemID: itemID, pageID: pageID, direction: message.direction, platformKey: message.platformKey,
            authorID: message.authorID, authorName: message.authorName, text: message.text, sentAt: message.sentAt,
            rawJSON: message.rawJSON, replyToKey: message.replyToKey))
        guard let messageID = inserted else {
            if created {
                // Stored before under another thread: the new item would stay empty.
                try db.cachedStatement(sql: "DELETE FROM items WHERE id = ?").execute(arguments: [itemID])
                items[thread] = nil
                authorship[itemID] = nil
            }
            return try keepOriginalText(db, message, pageID: pageID)
        }
        if let editedAt {
            try db.cachedStatement(sql: "UPDATE messages SET edited_at = ? WHERE id = ?")
                .execute(arguments: [editedAt, messageID])
        }
        touched[itemID] = pageID
        if !created, message.direction == .incoming, facts.changedBy(incomingAt: message.sentAt) {
            authorshipChanged.insert(itemID)
        }
        return true
    }

    /// An edit: the new text replaces the message's, the earlier one is kept in `message_edits`.
    /// Edits are ordered by their own time, so a late older edit only adds to the history.
    /// An edit of a message not stored yet stores the message with the edited text.
    mutating func edit(_ db: Database, _ message: IngestMessage, pageID: String, editedAt: Int64) throws {
        guard let current = try stored(db, pageID: pageID, platformKey: message.platformKey) else {
            _ = try add(db, message, pageID: pageID, editedAt: editedAt)
            return
        }
        if editedAt >= (current.editedAt ?? Int64.min) {
            if message.text != current.text {
                try keepInHistory(db, messageID: current.id, text: current.text, editedAt: editedAt, rawJSON: message.rawJSON)
                try db.cachedStatement(sql: "UPDATE messages SET text = ?, edited_at = ? WHERE id = ?")
                    .execute(arguments: [message.text, editedAt, current.id])
                touched[current.itemID] = pageID
            }
        } else if message.text != current.text {
            try keepInHistory(db, messageID: current.id, text: message.text, editedAt: editedAt, rawJSON: message.rawJSON)
        }
    }

    /// A deleted comment stays, marked deleted; it no longer counts for the reply clock.
    mutating func delete(_ db: Database, platformKey: String, pageID: String, deletedBy: String, at: Int64) throws {
        let itemID = try Int64.fetchOne(db.cachedStatement(sql: """
            UPDATE messages SET deleted_at = ?, deleted_by = ?
            WHERE page_id = ? AND platform_key = ? AND deleted_at IS NULL
            RETURNING item_id
            """), arguments: [at, deletedBy, pageID, platformKey])
        if let itemID { touched[itemID] = pageID }
    }

    /// A restored comment counts again; restoring one never seen stores it.
    mutating func restore(_ db: Database, _ message: IngestMessage, pageID: String) throws {
        guard let current = try stored(db, pageID: pageID, platformKey: message.platformKey) else {
            _ = try add(db, message, pageID: pageID)
            return
        }
        guard current.deleted else { return }
        try db.cachedStatement(sql: """
            UPDATE messages SET deleted_at = NULL, deleted_by = NULL, delete_reason = NULL WHERE id = ?
            """).execute(arguments: [current.id])
        touched[current.itemID] = pageID
    }

    // MARK: -

    private struct StoredMessage {
        let id: Int64
        let itemID: Int64
        let text: String
        let editedAt: Int64?
        let deleted: Bool
    }

    private func stored(_ db: Database, pageID: String, platformKey: String) throws -> StoredMessage? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, item_id, text, edited_at, deleted_at IS NOT NULL AS deleted FROM messages
            WHERE page_id = ? AND platform_key = ?
            """), arguments: [pageID, platformKey]).map {
            StoredMessage(id: $0["id"], itemID: $0["item_id"], text: $0["text"], editedAt: $0["edited_at"],
                          deleted: $0["deleted"])
        }
    }

    /// The original of a message that an edit stored first: its text is the earlier one, so it
    /// goes into the history. Otherwise the message is simply a duplicate (false).
    private func keepOriginalText(_ db: Database, _ message: IngestMessage, pageID: String) throws -> Bool {
        guard let current = try stored(db, pageID: pageID, platformKey: message.platformKey),
              let editedAt = current.editedAt, current.text != message.text else { return false }
        return try keepInHistory(db, messageID: current.id, text: message.text, editedAt: editedAt,
                                 rawJSON: message.rawJSON)
    }

    /// Adds a text to the message's history unless it is there already; true when added.
    @discardableResult
    private func keepInHistory(_ db: Database, messageID: Int64, text: String, editedAt: Int64, rawJSON: String)
        throws -> Bool {
        let known = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM message_edits WHERE message_id = ? AND previous_text = ?)
            """), arguments: [messageID, text]) ?? false
        guard !known else { return false }
        try db.cachedStatement(sql: """
            INSERT INTO message_edits (message_id, previous_text, edited_at, raw_json) VALUES (?, ?, ?, ?)
            """).execute(arguments: [messageID, text, editedAt, rawJSON])
        return true
    }

    /// The item key of a placement; a reply that follows another message takes that message's
    /// thread when it is stored, else the fallback.
    private func threadKey(_ db: Database, _ placement: ThreadPlacement, pageID: String) throws -> ItemWriter.ThreadKey {
        switch placement {
        case .thread(let kind, let key):
            return ItemWriter.ThreadKey(pageID: pageID, kind: kind, key: key)
        case .sameThreadAs(let platformKey, let fallback, let kind):
            let key = try String.fetchOne(db.cachedStatement(sql: """
                SELECT i.thread_key FROM messages m JOIN items i ON i.id = m.item_id
                WHERE m.page_id = ? AND m.platform_key = ? AND i.kind = ?
                """), arguments: [pageID, platformKey, kind.rawValue])
            return ItemWriter.ThreadKey(pageID: pageID, kind: kind, key: key ?? fallback)
        }
    }
}
