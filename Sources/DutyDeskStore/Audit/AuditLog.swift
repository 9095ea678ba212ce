import GRDB

/// The append-only record of every action (regulation 5.14), written in the same transaction
/// as the change it describes, so that there is never a change without its entry (or an
/// entry for a change that was rolled back).
public enum AuditLog {
    /// Appends one entry. `at` is passed in rather than read from the system clock, because
    /// the program may run on a fixed clock (`--now`).
    @discardableResult
    public static func append(
        _ db: Database, actor: String, action: String, pageID: String? = nil, itemID: Int64? = nil,
        details: [String: String] = [:], at: Int64
    ) throws -> AuditEntry {
        var entry = AuditEntry(at: at, actor: actor, action: action, pageID: pageID, itemID: itemID, details: details)
        try entry.insert(db)
        return entry
    }

    /// Entries in the order they were appended (or newest first), optionally only those at or
    /// after `since`, by one actor, about one page or one item.
    public static func fetch(
        _ db: Database, since: Int64? = nil, actor: String? = nil, pageID: String? = nil,
        itemID: Int64? = nil, newestFirst: Bool = false, limit: Int? = nil
    ) throws -> [AuditEntry] {
        typealias Columns = AuditEntry.Columns
        var request = AuditEntry.all()
        if let since { request = request.filter(Columns.at >= since) }
        if let actor { request = request.filter(Columns.actor == actor) }
        if let pageID { request = request.filter(Columns.pageID == pageID) }
        if let itemID { request = request.filter(Columns.itemID == itemID) }
        // The id, not the time, is the order of appending: two actions in one second keep
        // their order, and a clock set back cannot reorder the log.
        request = request.order(newestFirst ? Columns.id.desc : Columns.id.asc)
        if let limit { request = request.limit(limit) }
        return try request.fetchAll(db)
    }
}
