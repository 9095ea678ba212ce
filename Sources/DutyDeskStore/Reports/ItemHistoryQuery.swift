import DutyDeskCore
import GRDB

/// One item's entries in the audit log, with the names of the staff who made them: what the
/// TUI's item history (`h`) lists.
public struct ItemHistory: Sendable, Equatable {
    public let itemID: Int64
    /// Oldest first, in the order they were appended.
    public let entries: [AuditEntry]
    /// Username → name, for the actors that are staff ("ingest" and the like are not).
    public let names: [String: String]

    public init(itemID: Int64, entries: [AuditEntry], names: [String: String]) {
        self.itemID = itemID
        self.entries = entries
        self.names = names
    }
}

public enum ItemHistoryQuery {
    /// The item's entries among those about `pageIDs` (nil: every entry, the curator's view;
    /// see `ReportAccess.auditLogPages`). Read through the item-id index.
    public static func history(_ db: Database, itemID: Int64, pageIDs: Set<String>?) throws -> ItemHistory {
        let entries = try AuditLogQuery.entries(db, AuditLogFilter(itemID: itemID, pageIDs: pageIDs))
        let actors = Set(entries.map(\.actor))
        let names = try DutyQuery.names(db).filter { actors.contains($0.key) }
        return ItemHistory(itemID: itemID, entries: entries, names: names)
    }
}
