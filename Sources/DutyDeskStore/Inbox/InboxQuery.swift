import DutyDeskCore
import Foundation
import GRDB

/// The inbox: items in deadline order, overdue first, items without a deadline last; items whose
/// author is blocked on the page after all the others.
public enum InboxQuery {
    public struct Filter: Sendable {
        public var pageIDs: Set<String>?
        public var statuses: Set<ItemStatus>

        public init(pageIDs: Set<String>? = nil, statuses: Set<ItemStatus> = [.open]) {
            self.pageIDs = pageIDs
            self.statuses = statuses
        }
    }

    /// Items of authors blocked on the page come after all the others (spec: they "stay in the
    /// inbox but are marked and sorted after the others"), each group in deadline order.
    ///
    /// Two queries rather than one `ORDER BY blocked, …`: each walks the `items_inbox_order`
    /// index and stops at the limit, where sorting by the blocked flag first would make SQLite
    /// sort every open item on each refresh.
    public static func entries(_ db: Database, now: Date, filter: Filter = Filter(), limit: Int? = nil) throws
        -> [InboxEntry] {
        let calendars = try PageCalendars.loadAll(db)
        var rows = try fetchRows(db, now: now, filter: filter, authorBlocked: false, limit: limit)
        if limit.map({ rows.count < $0 }) ?? true {
            rows += try fetchRows(db, now: now, filter: filter, authorBlocked: true, limit: limit.map { $0 - rows.count })
        }
        return rows.map { row in
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

    /// The items whose author is (or is not) blocked on the item's page at `now`.
    static func fetchRows(_ db: Database, now: Date, filter: Filter, authorBlocked: Bool, limit: Int?) throws -> [Row] {
        let (sql, arguments) = query(filter: filter, authorBlocked: authorBlocked, limit: limit,
                                     now: Int64(now.timeIntervalSince1970))
        return try Row.fetchAll(db, sql: sql, arguments: arguments)
    }

    static func query(filter: Filter, authorBlocked: Bool, limit: Int?, now: Int64) -> (String, StatementArguments) {
        var conditions = ["i.status IN (\(filter.statuses.map { "'\($0.rawValue)'" }.sorted().joined(separator: ",")))"]
        var arguments: StatementArguments = []
        if let pages = filter.pageIDs {
            conditions.append("i.page_id IN (\(pages.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(pages.sorted())
        }
        conditions.append("\(authorBlocked ? "" : "NOT ")EXISTS(\(blockedAuthorSQL))")
        arguments += StatementArguments(ActiveBlockSQL.arguments(now))
        let sql = """
            SELECT i.*, p.network,
                   (SELECT group_concat(username, ',') FROM
                        (SELECT username FROM item_reads r WHERE r.item_id = i.id ORDER BY read_at)) AS readers,
                   \(authorBlocked ? 1 : 0) AS blocked
            FROM items i JOIN pages p ON p.id = i.page_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY i.deadline_at IS NULL, i.deadline_at, i.last_message_at DESC
            \(limit.map { "LIMIT \(max($0, 0))" } ?? "")
            """
        return (sql, arguments)
    }

    /// A block of the item's author on the item's page, in force now (`BlockState`'s rule).
    static let blockedAuthorSQL = """
        SELECT 1 FROM blocks b WHERE b.page_id = i.page_id AND b.user_id = i.author_id AND \(ActiveBlockSQL.condition("b"))
        """
}
