import GRDB

/// Keeps an ingested item's author and start independent of the order events arrive in.
///
/// `ItemWriter.item` takes them from whichever message created the item. When events arrive out
/// of order, that can be the page's reply, or a later question. The item's author is the author
/// of its earliest incoming message (the reader who started the conversation or wrote the
/// top-level comment), and it starts with that message (with its earliest message when no
/// reader has written yet). Ties in time are broken by the platform key, not by arrival, so any
/// order of the same events gives the same item.
enum ItemAuthorship {
    /// What an item's author and start are now.
    struct Facts: Equatable {
        let authorID: Int64
        let createdAt: Int64

        /// Whether a new incoming message at `sentAt` could change them: it is at least as early
        /// as the earliest incoming one, or the author is still the page (community and channel
        /// ids are negative; readers' ids are positive).
        func changedBy(incomingAt sentAt: Int64) -> Bool {
            sentAt <= createdAt || authorID < 0
        }
    }

    static func facts(_ db: Database, itemID: Int64) throws -> Facts? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT author_id, created_at FROM items WHERE id = ?"),
                         arguments: [itemID]).map { Facts(authorID: $0["author_id"], createdAt: $0["created_at"]) }
    }

    @discardableResult
    static func refresh(_ db: Database, itemID: Int64) throws -> Facts? {
        try Row.fetchOne(db.cachedStatement(sql: """
            UPDATE items SET
              author_id = COALESCE((SELECT author_id FROM messages WHERE item_id = :id AND direction = 'in'
                                    ORDER BY sent_at, platform_key LIMIT 1), author_id),
              author_name = COALESCE((SELECT author_name FROM messages WHERE item_id = :id AND direction = 'in'
                                      ORDER BY sent_at, platform_key LIMIT 1), author_name),
              created_at = COALESCE((SELECT MIN(sent_at) FROM messages WHERE item_id = :id AND direction = 'in'),
                                    (SELECT MIN(sent_at) FROM messages WHERE item_id = :id), created_at)
            WHERE id = :id
            RETURNING author_id, created_at
            """), arguments: ["id": itemID]).map { Facts(authorID: $0["author_id"], createdAt: $0["created_at"]) }
    }
}
