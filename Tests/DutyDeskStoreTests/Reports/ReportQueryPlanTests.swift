import DutyDeskCore
import GRDB
import Testing
@testable import DutyDeskStore

/// The report reads a quarter of a million items within two seconds only if every query walks an
/// index range; these plans are what keeps it so.
struct ReportQueryPlanTests {
    static func plan(_ database: DutyDeskDatabase, _ sql: String, _ arguments: StatementArguments = []) throws -> String {
        try database.reader.read { db throws in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }.joined(separator: "\n")
    }

    @Test(arguments: [nil, 2] as [Int?])
    func theRequestScanWalksIndexesInItemOrder(pageCount: Int?) throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let arguments = StatementArguments([0, 1] + Array(repeating: 0, count: pageCount ?? 0) + [2])
            let plan = try Self.plan(database, RequestScan.sql(pageCount: pageCount), arguments)
            print(plan)
            #expect(plan.contains("messages_incoming_on_sent_at"), "\(plan)")
            #expect(plan.contains("messages_on_item_sent_at"), "\(plan)")
            #expect(!plan.contains("SCAN m"), "\(plan)")
            #expect(!plan.contains("SCAN i"), "\(plan)")
            #expect(!plan.contains("TEMP B-TREE FOR ORDER BY"), "\(plan)")
        }
    }
}
