import GRDB

/// Moves an item made of replies that arrived before the message they answer (an item of a
/// fallback thread, `ThreadPlacement.sameThreadAs`) into the item of that message, once it is
/// stored: the SQL side of `IngestMessages.adoptEarlyReplies`.
///
/// What staff may already have done with the early item goes along: its outbox entries and
/// draft (unless the target has a draft of its own), its category, critical and complaint marks
/// and escalation where the target has none. Read marks are dropped (the merged item has news).
/// The early item is deleted; an audit entry names both ids, since older entries name the
/// early one.
enum EarlyReplyMerge {
    static func move(_ db: Database, from early: Int64, into target: Int64, pageID: String, at: Int64) throws {
        let ids: StatementArguments = ["from": early, "to": target]
        try db.cachedStatement(sql: "UPDATE messages SET item_id = :to WHERE item_id = :from").execute(arguments: ids)
        try db.cachedStatement(sql: "UPDATE outbox SET item_id = :to WHERE item_id = :from").execute(arguments: ids)
        try db.cachedStatement(sql: "UPDATE OR IGNORE drafts SET item_id = :to WHERE item_id = :from")
            .execute(arguments: ids)
        try db.cachedStatement(sql: """
            UPDATE items SET
              category = COALESCE(items.category, early.category),
              is_critical = MAX(items.is_critical, early.is_critical),
              is_complaint = MAX(items.is_complaint, early.is_complaint),
              escalated_by = CASE WHEN items.escalated_at IS NULL THEN early.escalated_by ELSE items.escalated_by END,
              escalated_at = COALESCE(items.escalated_at, early.escalated_at)
            FROM (SELECT category, is_critical, is_complaint, escalated_at, escalated_by FROM items WHERE id = :from)
                 AS early
            WHERE items.id = :to
            """).execute(arguments: ids)
        try db.cachedStatement(sql: "DELETE FROM items WHERE id = :from").execute(arguments: ids)
        try AuditLog.append(db, actor: "ingest", action: "item.merge", pageID: pageID, itemID: target,
                            details: ["from_item": String(early)], at: at)
    }
}
