import GRDB

/// VK deletions that came before their comment (`pending_deletions`): events arrive out of
/// order, and a deletion read first must still take effect. Kept in the transaction that read
/// the deletion and applied in the one that stores the comment, so a crash loses neither and a
/// rerun (its events already stored) changes nothing.
enum PendingDeletions {
    struct Deletion {
        let at: Int64
        let by: String
    }

    /// Whether any deletion waits, on any page.
    static func any(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM pending_deletions)")) ?? false
    }

    /// Keeps a deletion of a comment not stored yet; the first one read wins, as on a stored
    /// comment (a second delivery does not move its time).
    static func keep(_ db: Database, pageID: String, platformKey: String, at: Int64, by: String) throws {
        try db.cachedStatement(sql: """
            INSERT INTO pending_deletions (page_id, platform_key, deleted_at, deleted_by) VALUES (?, ?, ?, ?)
            ON CONFLICT(page_id, platform_key) DO NOTHING
            """).execute(arguments: [pageID, platformKey, at, by])
    }

    /// The deletion waiting for this message, removed from the table; nil when none waits.
    static func take(_ db: Database, pageID: String, platformKey: String) throws -> Deletion? {
        try Row.fetchOne(db.cachedStatement(sql: """
            DELETE FROM pending_deletions WHERE page_id = ? AND platform_key = ? RETURNING deleted_at, deleted_by
            """), arguments: [pageID, platformKey]).map { Deletion(at: $0[0], by: $0[1]) }
    }

    /// Forgets a waiting deletion: the comment was restored after it.
    static func drop(_ db: Database, pageID: String, platformKey: String) throws {
        try db.cachedStatement(sql: "DELETE FROM pending_deletions WHERE page_id = ? AND platform_key = ?")
            .execute(arguments: [pageID, platformKey])
    }
}
