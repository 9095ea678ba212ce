import DutyDeskCore
import Foundation
import GRDB

/// One reply in the outbox, with the item it answers, for `dutydesk outbox` and the TUI.
public struct OutboxEntry: Sendable, Equatable {
    public let id: Int64
    public let itemID: Int64
    public let pageID: String
    public let network: String
    public let kind: ItemKind
    /// The reader the reply goes to.
    public let author: String
    public let text: String
    public let templateIDs: [String]
    public let edited: Bool
    public let freeForm: Bool
    public let personalData: Bool
    public let category: RequestCategory?
    public let status: OutboxStatus
    public let createdBy: String
    public let createdAt: Date
    public let sentAt: Date?
    public let error: String?
}

/// The outbox: what waits to be posted first (oldest first, as a queue), then failed, then
/// sent (newest first).
public enum OutboxQuery {
    public static func entries(_ db: Database, statuses: Set<OutboxStatus> = Set(OutboxStatus.allCases),
                               pageIDs: Set<String>? = nil, limit: Int? = nil) throws -> [OutboxEntry] {
        var request = OutboxRecord.filter(statuses.map(\.rawValue).contains(OutboxRecord.Columns.status))
        if let pageIDs {
            request = request.filter(sql: "item_id IN (SELECT id FROM items WHERE page_id IN (\(pageIDs.map { _ in "?" }.joined(separator: ","))))",
                                     arguments: StatementArguments(pageIDs.sorted()))
        }
        let records = try request.fetchAll(db)
        let items = try Dictionary(
            Row.fetchAll(db, sql: """
                SELECT i.id, i.page_id, i.kind, i.author_name, p.network FROM items i JOIN pages p ON p.id = i.page_id
                WHERE i.id IN (SELECT item_id FROM outbox)
                """).map { (($0["id"] as Int64), $0) },
            uniquingKeysWith: { first, _ in first })
        let rank: [OutboxStatus: Int] = [.pending: 0, .failed: 1, .sent: 2]
        let sorted = records.sorted { a, b in
            if a.status != b.status { return rank[a.status]! < rank[b.status]! }
            return a.status == .sent ? (a.createdAt, a.id ?? 0) > (b.createdAt, b.id ?? 0)
                                     : (a.createdAt, a.id ?? 0) < (b.createdAt, b.id ?? 0)
        }
        return sorted.prefix(limit ?? Int.max).map { record in
            let item = items[record.itemID]
            return OutboxEntry(
                id: record.id ?? 0, itemID: record.itemID, pageID: item?["page_id"] ?? "",
                network: item?["network"] ?? "", kind: ItemKind(rawValue: item?["kind"] ?? "") ?? .message,
                author: item?["author_name"] ?? "", text: record.text, templateIDs: record.templateIDs,
                edited: record.edited, freeForm: record.freeForm, personalData: record.personalData,
                category: record.category, status: record.status, createdBy: record.createdBy,
                createdAt: Date(timeIntervalSince1970: TimeInterval(record.createdAt)),
                sentAt: record.sentAt.map { Date(timeIntervalSince1970: TimeInterval($0)) }, error: record.error)
        }
    }
}
