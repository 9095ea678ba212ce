import DutyDeskCore
import Foundation
import GRDB

/// The inbox: items in deadline order, overdue first, items without a deadline last.
public enum InboxQuery {
    public struct Filter: Sendable {
        public var pageIDs: Set<String>?
        public var statuses: Set<ItemStatus>

        public init(pageIDs: Set<String>? = nil, statuses: Set<ItemStatus> = [.open]) {
            self.pageIDs = pageIDs
            self.statuses = statuses
        }
    }

    public static func entries(_ db: Database, now: Date, filter: Filter = Filter(), limit: Int? = nil) throws
        -> [InboxEntry] {
        let calendars = try PageCalendars.loadAll(db)
        var conditions = ["i.status IN (\(filter.statuses.map { "'\($0.rawValue)'" }.sorted().joined(separator: ",")))"]
        var arguments: StatementArguments = []
        if let pages = filter.pageIDs {
            conditions.append("i.page_id IN (\(pages.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(pages.sorted())
        }
        let nowSeconds = Int64(now.timeIntervalSince1970)
        arguments += [nowSeconds]
        let sql = """
            SELECT i.*, p.network,
                   (SELECT group_concat(username, ',') FROM
                        (SELECT username FROM item_reads r WHERE r.item_id = i.id ORDER BY read_at)) AS readers,
                   EXISTS(SELECT 1 FROM blocks b WHERE b.page_id = i.page_id AND b.user_id = i.author_id
                          AND b.unblocked_at IS NULL AND (b.until_at IS NULL OR b.until_at > ?)) AS blocked
            FROM items i JOIN pages p ON p.id = i.page_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY i.deadline_at IS NULL, i.deadline_at, i.last_message_at DESC
            \(limit.map { "LIMIT \($0)" } ?? "")
            """
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let timeline = calendars[row["page_id"] as String]?.timeline
            let deadline = (row["deadline_at"] as Int64?).map { Date(timeIntervalSince1970: TimeInterval($0)) }
            let remaining: Int? = deadline.flatMap { due in
                timeline.map { Int($0.remainingOpenTime(until: due, at: now).rounded()) }
            }
            return InboxEntry(
                id: row["id"], pageID: row["page_id"], network: row["network"], kind: row["kind"],
                authorID: row["author_id"], author: row["author_name"] ?? "", text: row["preview"] ?? "",
                arrivedAt: (row["clock_started_at"] as Int64?).map { Date(timeIntervalSince1970: TimeInterval($0)) },
                deadlineAt: deadline, remainingSeconds: remaining, status: row["status"],
                category: row["category"],
                readBy: (row["readers"] as String?)?.split(separator: ",").map(String.init) ?? [],
                isCritical: row["is_critical"], isComplaint: row["is_complaint"],
                isEscalated: (row["escalated_at"] as Int64?) != nil, authorBlocked: row["blocked"],
                departmentOpen: timeline?.isOpen(at: now) ?? false)
        }
    }
}
