import GRDB

/// The name a blocked user goes by on a page, from what they wrote there. A block made in VK
/// carries only the user's id; the reader's items and messages on the same page carry the
/// name they wrote under, so the blocks list says "Наталья Вишневская", not "id 411078933".
enum BlockUserNames {
    /// The latest non-empty name: of an item the user started on the page, else of any message
    /// they wrote there (a reply inside someone else's comment thread). Nil when they never wrote.
    static func name(_ db: Database, pageID: String, userID: Int64) throws -> String? {
        // Items are indexed by author; the messages' scan runs only for users with no item.
        try String.fetchOne(db, sql: """
            SELECT COALESCE(
                (\(itemAuthorNameSQL)),
                (SELECT author_name FROM messages WHERE page_id = ?1 AND author_id = ?2 AND direction = 'in'
                 AND author_name <> '' ORDER BY sent_at DESC LIMIT 1))
            """, arguments: [pageID, userID])
    }

    /// The latest non-empty name of an item the user started on the page: an indexed lookup,
    /// for ingest, which records VK blocks as they stream in and must not scan the messages for
    /// each. A block left without a name is named from the messages when it is shown (`named`).
    static func itemAuthorName(_ db: Database, pageID: String, userID: Int64) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: itemAuthorNameSQL), arguments: [pageID, userID])
    }

    private static let itemAuthorNameSQL = """
        SELECT author_name FROM items WHERE page_id = ?1 AND author_id = ?2 AND author_name <> ''
        ORDER BY last_message_at DESC LIMIT 1
        """

    /// The block with its user's name filled in from the page when it has none of its own.
    static func named(_ db: Database, _ block: BlockRecord) throws -> BlockRecord {
        guard block.userName?.isEmpty ?? true else { return block }
        var named = block
        named.userName = try name(db, pageID: block.pageID, userID: block.userID) ?? block.userName
        return named
    }
}
