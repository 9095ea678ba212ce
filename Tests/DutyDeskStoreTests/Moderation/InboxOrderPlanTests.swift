import GRDB
import Testing
@testable import DutyDeskStore

struct InboxOrderPlanTests {
    /// Each of the two passes (unblocked authors, then blocked ones) walks the inbox index and
    /// stops at the limit instead of sorting every open item.
    @Test(arguments: [false, true])
    func bothPassesUseTheInboxIndex(blocked: Bool) throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let (sql, arguments) = InboxQuery.query(filter: .init(), authorBlocked: blocked, limit: 50, now: 0)
            // Top-level steps only (parent 0): the readers' subquery sorts its own few rows.
            let plan = try database.reader.read { db throws in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                    .filter { ($0["parent"] as Int) == 0 }
                    .map { $0["detail"] as String }.joined(separator: "\n")
            }
            #expect(plan.contains("USING INDEX items_inbox_order"), "\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
        }
    }
}
