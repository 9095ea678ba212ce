import DutyDeskCore
import GRDB

/// Which audit log entries to read (`dutydesk audit log`, an item's history in the TUI).
public struct AuditLogFilter: Sendable, Equatable {
    /// Unix seconds, inclusive.
    public var since: Int64?
    /// Unix seconds, exclusive.
    public var until: Int64?
    public var actor: String?
    public var itemID: Int64?
    /// Only entries about these pages; nil: every entry, including those about no page (the
    /// curator's view).
    public var pageIDs: Set<String>?
    /// The newest `limit` entries (still listed oldest first).
    public var limit: Int?

    public init(since: Int64? = nil, until: Int64? = nil, actor: String? = nil, itemID: Int64? = nil,
                pageIDs: Set<String>? = nil, limit: Int? = nil) {
        self.since = since
        self.until = until
        self.actor = actor
        self.itemID = itemID
        self.pageIDs = pageIDs
        self.limit = limit
    }
}

public enum AuditLogQuery {
    /// The entries in the order they were appended (the id order: two actions in one second
    /// keep their order, and a clock set back cannot reorder the log).
    public static func entries(_ db: Database, _ filter: AuditLogFilter) throws -> [AuditEntry] {
        typealias Columns = AuditEntry.Columns
        var request = AuditEntry.all()
        if let since = filter.since { request = request.filter(Columns.at >= since) }
        if let until = filter.until { request = request.filter(Columns.at < until) }
        if let actor = filter.actor { request = request.filter(Columns.actor == actor) }
        if let itemID = filter.itemID { request = request.filter(Columns.itemID == itemID) }
        if let pageIDs = filter.pageIDs { request = request.filter(pageIDs.sorted().contains(Columns.pageID)) }
        guard let limit = filter.limit else {
            return try request.order(Columns.id.asc).fetchAll(db)
        }
        return try request.order(Columns.id.desc).limit(limit).fetchAll(db).reversed()
    }
}
