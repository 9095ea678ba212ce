import DutyDeskCore
import GRDB

/// The message side of ingest: new messages into their items, edits, deletions and restores.
/// Every write touches one message row by its unique key, or creates an item; which items were
/// touched is collected, and `refreshTouchedItems` writes each one's derived columns once per
/// transaction, computed in memory from all of its messages (`IngestItemState`).
struct IngestMessages {
    /// Items whose derived columns need a refresh before the transaction ends, with their page.
    private(set) var touched: [Int64: String] = [:]
    /// Thread → item, and items with all their messages. Kept across transactions (an item,
    /// once stored, keeps its id; every change to a kept item's messages is made here, and
    /// `forgetItems` runs whenever another connection has written), bounded so that memory
    /// stays flat however long the run.
    private var items: [ItemWriter.ThreadKey: Int64] = [:]
    private var states: [Int64: IngestItemState] = [:]
    static let itemCacheLimit = 100_000
    static let stateCacheLimit = 30_000

    /// The transaction's prepared inserts, from `beginTransaction` to `endTransaction`.
    private var statements: IngestStatements?
    /// Whether `pending_deletions` may hold a row in this transaction: read when it begins (no
    /// other connection writes until it ends) and set when a deletion is kept, so that a new
    /// comment looks for one only when there can be one.
    private var deletionsMayWait = true

    mutating func beginTransaction(_ db: Database) throws -> IngestStatements {
        let prepared = try IngestStatements(db)
        statements = prepared
        deletionsMayWait = try PendingDeletions.any(db)
        return prepared
    }

    /// After a commit: the next transaction starts with nothing to refresh.
    mutating func endTransaction() {
        statements = nil
        touched.removeAll(keepingCapacity: true)
        if items.count > Self.itemCacheLimit { items.removeAll(keepingCapacity: true) }
        if states.count > Self.stateCacheLimit { states.removeAll(keepingCapacity: true) }
    }

    /// Forgets every item: another process may have changed them.
    mutating func forgetItems() {
        items.removeAll(keepingCapacity: true)
        states.removeAll(keepingCapacity: true)
    }

    /// After a rollback: items created in it do not exist, so nothing remembered can be trusted.
    mutating func abandonTransaction() {
        endTransaction()
        forgetItems()
    }

    /// Writes the derived columns of every item the transaction touched, where they changed.
    /// Items not held in memory are read once (with the transaction's own changes in them).
    mutating func refreshTouchedItems(_ db: Database, clocks: IngestClocks) throws {
        for (itemID, pageID) in touched {
            guard var state = try states[itemID] ?? IngestItemRows.load(db, itemID: itemID) else { continue }
            let clock = clocks.clock(forPage: pageID)
            let columns = state.derived(clock: clock)
            if columns != state.written {
                try statements!.updateItem(itemID, to: columns, from: state.written)
            }
            state.wrote(columns, withClock: clock != nil)
            states[itemID] = state
        }
    }

    /// Stores a new message; false when the page already has it (a duplicate). A deletion read
    /// before it takes effect now, and replies read before it join its thread.
    mutating func add(_ db: Database, _ message: IngestMessage, eventID: Int64, pageID: String, clock: IngestClocks.Clock?,
                      editedAt: Int64? = nil, at now: Int64) throws -> Bool {
        let thread = try threadKey(db, message.placement, pageID: pageID)
        var entry = IngestItemState.Message(
            id: 0, platformKey: message.platformKey, incoming: message.direction == .incoming,
            authorID: message.authorID, authorName: message.authorName, sentAt: message.sentAt, deleted: false,
            text: message.text)
        var created = false
        var found = items[thread]
        if found == nil {
            // Created with its columns derived from this first message, so that an item with one
            // message (most new items) is written once.
            var state = IngestItemState(
                id: 0, messages: [entry], closedAt: nil,
                written: .fresh(authorID: message.authorID, authorName: message.authorName, at: message.sentAt),
                previewFallback: "", derivedHere: false)
            let columns = state.derived(clock: clock)
            if let id = try statements!.insertItem(thread, postID: message.postID, columns: columns) {
                created = true
                found = id
                state = IngestItemState(id: id, messages: [], closedAt: nil, written: columns, previewFallback: "",
                                        derivedHere: clock != nil)
                states[id] = state
            } else {
                found = try ItemWriter.existingItem(db, for: thread)
            }
        }
        guard let itemID = found else { return false }
        items[thread] = itemID
        let inserted = try statements!.insertMessage(message, itemID: itemID, pageID: pageID, eventID: eventID)
        guard let messageID = inserted else {
            if created {
                // Stored before under another thread: the new item would stay empty.
                try db.cachedStatement(sql: "DELETE FROM items WHERE id = ?").execute(arguments: [itemID])
                items[thread] = nil
                states[itemID] = nil
            }
            return try keepOriginalText(db, message, pageID: pageID)
        }
        if let editedAt {
            try db.cachedStatement(sql: "UPDATE messages SET edited_at = ? WHERE id = ?")
                .execute(arguments: [editedAt, messageID])
        }
        if message.deletable, deletionsMayWait,
           let deletion = try PendingDeletions.take(db, pageID: pageID, platformKey: message.platformKey) {
            try db.cachedStatement(sql: "UPDATE messages SET deleted_at = ?, deleted_by = ? WHERE id = ?")
                .execute(arguments: [deletion.at, deletion.by, messageID])
            entry.deleted = true
        }
        entry.id = messageID
        states[itemID]?.append(entry)
        touched[itemID] = pageID
        if let early = message.earlyRepliesThreadKey, early != thread.key {
            try adoptEarlyReplies(db, ItemWriter.ThreadKey(pageID: pageID, kind: thread.kind, key: early),
                                  into: itemID, at: now)
        }
        return true
    }

    /// Replies that came before the message they answer wait in a thread named after it; now
    /// that it is stored in its own thread, they move to its item and the waiting item goes.
    private mutating func adoptEarlyReplies(_ db: Database, _ earlyThread: ItemWriter.ThreadKey, into itemID: Int64,
                                            at now: Int64) throws {
        guard let earlyID = try items[earlyThread] ?? ItemWriter.existingItem(db, for: earlyThread), earlyID != itemID else {
            return
        }
        let moved = try (states[earlyID] ?? IngestItemRows.load(db, itemID: earlyID))?.messages ?? []
        try EarlyReplyMerge.move(db, from: earlyID, into: itemID, pageID: earlyThread.pageID, at: now)
        items[earlyThread] = nil
        states[earlyID] = nil
        touched[earlyID] = nil
        for message in moved { states[itemID]?.append(message) }
        touched[itemID] = earlyThread.pageID
    }

    /// An edit: the new text replaces the message's, the earlier one is kept in `message_edits`.
    /// Edits are ordered by their own time, so a late older edit only adds to the history.
    /// An edit of a message not stored yet stores the message with the edited text.
    mutating func edit(_ db: Database, _ message: IngestMessage, eventID: Int64, pageID: String, clock: IngestClocks.Clock?,
                       editedAt: Int64, at now: Int64) throws {
        guard let current = try stored(db, pageID: pageID, platformKey: message.platformKey) else {
            _ = try add(db, message, eventID: eventID, pageID: pageID, clock: clock, editedAt: editedAt, at: now)
            return
        }
        if editedAt >= (current.editedAt ?? Int64.min) {
            if message.text != current.text {
                try keepInHistory(db, messageID: current.id, text: current.text, editedAt: editedAt, rawJSON: message.rawJSON)
                try db.cachedStatement(sql: "UPDATE messages SET text = ?, edited_at = ? WHERE id = ?")
                    .execute(arguments: [message.text, editedAt, current.id])
                states[current.itemID]?.setText(message.text, ofMessage: current.id)
                touched[current.itemID] = pageID
            }
        } else if message.text != current.text {
            try keepInHistory(db, messageID: current.id, text: message.text, editedAt: editedAt, rawJSON: message.rawJSON)
        }
    }

    /// A deleted comment stays, marked deleted; it no longer counts for the reply clock. The
    /// deletion of a comment not stored yet waits for it (`PendingDeletions`).
    mutating func delete(_ db: Database, platformKey: String, pageID: String, deletedBy: String, at: Int64) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            UPDATE messages SET deleted_at = ?, deleted_by = ?
            WHERE page_id = ? AND platform_key = ? AND deleted_at IS NULL
            RETURNING id, item_id
            """), arguments: [at, deletedBy, pageID, platformKey]) else {
            if try stored(db, pageID: pageID, platformKey: platformKey) == nil {
                try PendingDeletions.keep(db, pageID: pageID, platformKey: platformKey, at: at, by: deletedBy)
                deletionsMayWait = true
            }
            return
        }
        let messageID: Int64 = row[0], itemID: Int64 = row[1]
        states[itemID]?.setDeleted(true, ofMessage: messageID)
        touched[itemID] = pageID
    }

    /// A restored comment counts again; restoring one never seen stores it, live: a deletion
    /// read before it is undone by it.
    mutating func restore(_ db: Database, _ message: IngestMessage, eventID: Int64, pageID: String, clock: IngestClocks.Clock?,
                          at now: Int64) throws {
        guard let current = try stored(db, pageID: pageID, platformKey: message.platformKey) else {
            try PendingDeletions.drop(db, pageID: pageID, platformKey: message.platformKey)
            _ = try add(db, message, eventID: eventID, pageID: pageID, clock: clock, at: now)
            return
        }
        guard current.deleted else { return }
        try db.cachedStatement(sql: """
            UPDATE messages SET deleted_at = NULL, deleted_by = NULL, delete_reason = NULL WHERE id = ?
            """).execute(arguments: [current.id])
        states[current.itemID]?.setDeleted(false, ofMessage: current.id)
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
