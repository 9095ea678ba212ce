import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// Ingesting the same file twice, or one event twice, changes nothing.
struct IdempotencyTests {
    static let fixtures = ["vk-private", "vk-comments", "vk-blocks", "telegram", "bad-lines"]

    @Test(arguments: fixtures)
    func ingestingAFileTwiceChangesNothing(fixture: String) throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let page = fixture == "telegram" ? "lib1-tg" : nil
        let first = try inbox.ingest(fixture: fixture, page: page)
        let before = try inbox.snapshot()
        let quarantined = try inbox.count("quarantine")
        let second = try inbox.ingest(fixture: fixture, page: page)
        #expect(try inbox.snapshot() == before)
        #expect(try inbox.count("quarantine") == quarantined)
        #expect(second.counts.ingested == 0)
        #expect(second.counts.duplicates == first.counts.ingested + first.counts.duplicates)
        #expect(second.counts.rejected == first.counts.rejected)
    }

    @Test func theSameEventTwiceInOneFileIsStoredOnce() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let line = try IngestFixture.fixtureLines("vk-comments")[0]
        let outcome = try inbox.ingest(lines: [line, line, line])
        #expect(outcome.counts == IngestCounts(ingested: 1, duplicates: 2, rejected: 0))
        #expect(try inbox.count("messages") == 1)
        #expect(try inbox.count("events") == 1)
    }

    @Test func eachRunLeavesOneAuditEntryWithItsCounts() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(fixture: "bad-lines")
        let entries = try inbox.database.reader.read { db in try AuditLog.fetch(db, actor: "test") }
            .filter { $0.action == "ingest" }
        #expect(entries.count == 1)
        #expect(entries.first?.details["ingested"] == "2")
        #expect(entries.first?.details["rejected"] == "9")
        #expect(entries.first?.details["source"] == "bad-lines.jsonl")
    }
}
