import Foundation
import GRDB
import Testing

/// `dutydesk bench ingest` through the real binary, small: it must generate, ingest and
/// account for every event (the figures themselves are for BENCHMARKS.md, not for tests), and
/// its `--sqlite-floor` mode must write one event, one message and one item's worth of rows
/// per event into the real schema.
@Suite struct IngestBenchEndToEndTests {
    let dutydesk: DutyDeskBinary

    init() throws {
        dutydesk = try DutyDeskBinary()
    }

    func figures(_ arguments: [String]) throws -> [String: Any] {
        let result = try dutydesk.run(["bench", "ingest"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func theIngestBenchmarkAccountsForEveryEvent() throws {
        let folder = dutydesk.workspace.path + "/ingest-bench"
        let object = try figures(["--events", "3000", "--folder", folder])
        #expect(object["mode"] as? String == "ingest")
        let ingested = object["ingested"] as? Int ?? 0, duplicates = object["duplicates"] as? Int ?? 0
        #expect(ingested + duplicates == 3000 && duplicates > 0 && object["rejected"] as? Int == 0)
        let database = try DatabaseQueue(path: folder + "/bench-ingest.sqlite")
        let (events, linked) = try database.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? 0,
             try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM messages m JOIN events e ON e.id = m.event_id WHERE m.raw_json IS NULL
                """) ?? 0)
        }
        #expect(events == ingested)
        // Every ingested message points to the event that keeps its raw JSON.
        let messages = try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM messages") ?? 0 }
        #expect(messages > 0 && linked == messages)
    }

    @Test func theSQLiteFloorWritesTheRowsOfEachEvent() throws {
        let folder = dutydesk.workspace.path + "/floor-bench"
        let object = try figures(["--events", "2000", "--sqlite-floor", "--folder", folder])
        #expect(object["mode"] as? String == "sqlite-floor")
        #expect(object["events"] as? Int == 2000)
        #expect((object["events_per_second"] as? Int ?? 0) > 0)
        let database = try DatabaseQueue(path: folder + "/bench-floor.sqlite")
        let counts = try database.read { db in
            try ["events", "messages", "items"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? 0 }
        }
        #expect(counts[0] == 2000 && counts[1] == 2000)
        #expect(counts[2] > 500 && counts[2] < 2000, "\(counts)")
    }
}
