import DutyDeskCore
import Foundation
import GRDB

/// One line of the blocks panel and of `blocks --json`: a block with where it stands now.
public struct BlockEntry: Sendable, Equatable {
    public let block: BlockRecord
    public let pageName: String
    /// The page department's zone, for showing the times locally.
    public let timeZone: TimeZone
    public let state: BlockState

    public init(block: BlockRecord, pageName: String, timeZone: TimeZone, state: BlockState) {
        self.block = block
        self.pageName = pageName
        self.timeZone = timeZone
        self.state = state
    }

    public var isActive: Bool { state.isActive }

    /// Wall-clock seconds left while in force; nil when permanent or no longer in force.
    public var remainingSeconds: Int? {
        if case .active(let remaining?) = state { return Int(remaining.rounded(.up)) }
        return nil
    }
}

/// The blocks panel: current blocks (and, when asked, past ones) per page, with the time left.
public enum BlockQuery {
    public struct Filter: Sendable, Equatable {
        /// Nil: every page.
        public var pageIDs: Set<String>?
        /// Past (expired or lifted) blocks too, not only those in force.
        public var includePast: Bool
        public var userID: Int64?
        public var reasons: Set<BlockReason>?
        /// Case-insensitive words found in the user's name, the comment, the reason code or who blocked.
        public var text: String?

        public init(pageIDs: Set<String>? = nil, includePast: Bool = false, userID: Int64? = nil,
                    reasons: Set<BlockReason>? = nil, text: String? = nil) {
            self.pageIDs = pageIDs
            self.includePast = includePast
            self.userID = userID
            self.reasons = reasons
            self.text = text
        }
    }

    /// Blocks in force first, newest first; then past ones, the most recently ended first.
    public static func entries(_ db: Database, now: Date, filter: Filter = Filter()) throws -> [BlockEntry] {
        let nowSeconds = Int64(now.timeIntervalSince1970.rounded(.down))
        var conditions: [String] = []
        var arguments = StatementArguments()
        if !filter.includePast {
            conditions.append(ActiveBlockSQL.condition("b"))
            arguments += StatementArguments(ActiveBlockSQL.arguments(nowSeconds))
        }
        if let pages = filter.pageIDs {
            conditions.append("b.page_id IN (\(pages.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(pages.sorted())
        }
        if let user = filter.userID {
            conditions.append("b.user_id = ?")
            arguments += [user]
        }
        let sql = """
            SELECT b.*, p.name AS page_name, d.timezone AS zone
            FROM blocks b JOIN pages p ON p.id = b.page_id JOIN departments d ON d.id = p.department_id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY b.from_at DESC, b.id DESC
            """
        let entries = try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let block = try BlockUserNames.named(db, BlockRecord(row: row))
            let zone = TimeZone(identifier: row["zone"] as String) ?? TimeZone(identifier: "UTC")!
            return BlockEntry(block: block, pageName: row["page_name"], timeZone: zone, state: block.state(at: nowSeconds))
        }
        let wanted = entries.filter { matches($0, filter) }
        // Stable: within each group the SQL order (newest first) stays.
        return wanted.filter(\.isActive) + wanted.filter { !$0.isActive }.sorted { endedAt($0) > endedAt($1) }
    }

    static func matches(_ entry: BlockEntry, _ filter: Filter) -> Bool {
        if let reasons = filter.reasons {
            guard let reason = entry.block.reason, reasons.contains(reason) else { return false }
        }
        guard let text = filter.text?.trimmingCharacters(in: .whitespaces).lowercased(), !text.isEmpty else { return true }
        let haystack = [entry.block.userName ?? "", String(entry.block.userID), entry.block.comment ?? "",
                        entry.block.reason?.rawValue ?? "", entry.block.blockedBy, entry.block.pageID]
            .joined(separator: " ").lowercased()
        return text.split(separator: " ").allSatisfy { haystack.contains($0) }
    }

    private static func endedAt(_ entry: BlockEntry) -> Int64 {
        switch entry.state {
        case .expired(let at), .lifted(let at): Int64(at.timeIntervalSince1970)
        case .active, .scheduled: entry.block.fromAt
        }
    }
}
