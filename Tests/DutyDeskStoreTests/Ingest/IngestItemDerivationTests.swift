import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// Ingest derives an item's columns in memory (`IngestItemState`) instead of with the SQL of
/// `ItemClock` and `ItemWriter`; these tests recompute every item with that SQL afterwards and
/// expect nothing to change.
struct IngestItemDerivationTests {
    @Test(arguments: IngestPropertyTests.seeds)
    func scriptedFeedsAgreeWithTheSQLRules(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let script = EventScript.generate(using: &random)
        let fixture = try IngestFixture()
        defer { fixture.remove() }
        try fixture.ingest(lines: script.shuffledLines(using: &random))
        try expectSQLRulesChangeNothing(fixture.database)
    }

    /// Many small transactions, so items stay in memory from one to the next, while another
    /// connection closes items and answers readers in between: what ingest holds in memory
    /// must never overwrite what the other process did.
    @Test func manySmallTransactionsWithAnotherWriterAgreeWithTheSQLRules() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-derive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("inbox.sqlite").path
        let database = try DutyDeskDatabase.open(path: path)
        let now: Int64 = 1_794_301_200
        let organisation = try OrganisationFileReader.read(text: IngestBenchOrganisation.yaml(), fileName: "bench.yaml")
        _ = try database.writer.write { db in
            try OrganisationImport.apply(organisation, to: db, actor: "test", at: Date(timeIntervalSince1970: TimeInterval(now)))
        }
        let other = try DutyDeskDatabase.open(path: path)

        let (pages, calendars) = try database.reader.read { db in
            (try IngestPages.load(db, requestedPageID: nil), try PageCalendars.loadAll(db))
        }
        let decoder = EventLineDecoder(format: .auto, pages: pages)
        let writer = IngestWriter(calendars: calendars, source: "feed")
        var feed = IngestBenchFeed(seed: 7, events: 6000, endingAt: now)
        var stored = 0
        var closedByOther = 0
        for round in 0..<60 {
            var batch: [IngestEntry] = []
            for _ in 0..<100 {
                guard case .success(let event) = decoder.decode(Array(feed.next().utf8), receivedAt: now) else {
                    Issue.record("the bench feed has a line ingest refuses")
                    continue
                }
                batch.append(.event(event))
            }
            stored += try writer.write(batch, to: database.writer, receivedAt: now).ingested
            if round % 3 == 1 {
                // Another process closes the latest open items and answers another, as staff do
                // in the terminal.
                closedByOther += try other.writer.write { db in
                    try db.execute(sql: """
                        UPDATE items SET status = 'closed', closed_at = last_message_at, closed_by = 'staff',
                                         clock_started_at = NULL, deadline_at = NULL
                        WHERE id IN (SELECT id FROM items WHERE status = 'open' ORDER BY id DESC LIMIT 20)
                        """)
                    let closed = db.changesCount
                    if let row = try Row.fetchOne(db, sql: """
                        SELECT id, page_id, last_message_at FROM items WHERE status = 'open' ORDER BY id DESC LIMIT 1
                        """) {
                        let itemID: Int64 = row["id"], pageID: String = row["page_id"]
                        try ItemWriter.add(db, ItemWriter.NewMessage(
                            itemID: itemID, pageID: pageID, direction: .outgoing, platformKey: "reply:\(round)",
                            authorID: -1, authorName: "", text: "Ответ", sentAt: row["last_message_at"] as Int64 + 60,
                            rawJSON: "{}"))
                        try ItemClock.refresh(db, itemID: itemID, calendar: calendars[pageID]!)
                    }
                    return closed
                }
            }
        }
        #expect(stored > 5000)
        #expect(closedByOther > 0)
        try expectSQLRulesChangeNothing(database)
    }

    /// Recomputes every item with the SQL rules and expects the same columns.
    private func expectSQLRulesChangeNothing(_ database: DutyDeskDatabase) throws {
        let before = try itemColumns(database)
        #expect(!before.isEmpty)
        try database.writer.write { db in
            let calendars = try PageCalendars.loadAll(db)
            for row in try Row.fetchAll(db, sql: "SELECT id, page_id FROM items") {
                let id: Int64 = row["id"]
                try db.execute(sql: """
                    UPDATE items SET
                      author_id = COALESCE((SELECT author_id FROM messages WHERE item_id = :id AND direction = 'in'
                                            ORDER BY sent_at, platform_key LIMIT 1), author_id),
                      author_name = COALESCE((SELECT author_name FROM messages WHERE item_id = :id AND direction = 'in'
                                              ORDER BY sent_at, platform_key LIMIT 1), author_name),
                      created_at = COALESCE((SELECT MIN(sent_at) FROM messages WHERE item_id = :id AND direction = 'in'),
                                            (SELECT MIN(sent_at) FROM messages WHERE item_id = :id), created_at)
                    WHERE id = :id
                    """, arguments: ["id": id])
                try ItemWriter.refreshSummary(db, itemID: id)
                if let calendar = calendars[row["page_id"]] {
                    try ItemClock.refresh(db, itemID: id, calendar: calendar)
                }
            }
        }
        let after = try itemColumns(database)
        #expect(after.count == before.count)
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(changed.isEmpty, "\(changed.count) items differ, first: \(changed.first.map { "\($0.0)\n→ \($0.1)" } ?? "")")
    }

    private func itemColumns(_ database: DutyDeskDatabase) throws -> [String] {
        try database.reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, author_id, author_name, created_at, status, clock_started_at, deadline_at, has_deadline,
                       last_outgoing_at, message_count, last_message_at, last_incoming_at, preview
                FROM items ORDER BY id
                """).map { "\($0)" }
        }
    }
}
