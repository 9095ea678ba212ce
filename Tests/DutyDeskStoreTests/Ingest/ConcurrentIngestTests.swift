import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// Ingest shares the database file with other dutydesk processes: while it writes, another
/// connection keeps reading and writing, and nobody sees "database is locked".
struct ConcurrentIngestTests {
    static func lines(_ count: Int, prefix: String) -> [String] {
        (0..<count).map { n in
            #"{"type":"message_new","group_id":123456,"event_id":"\#(prefix)\#(n)","object":{"message":{"id":\#(n),"date":\#(1_794_225_600 + n),"peer_id":\#(7_000_000 + n % 500),"from_id":\#(7_000_000 + n % 500),"text":"Сообщение \#(n)","conversation_message_id":\#(n),"out":0}}}"#
        }
    }

    @Test func anotherWriterAndReaderMeanwhileNeverFail() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        // A second pool: its own connections to the same file, as another process would have.
        let other = try DutyDeskDatabase.open(path: inbox.database.path)
        let done = StopRequest()
        let failures = FailureLog()
        let neighbour = Thread {
            var round = 0
            while !done.isRequested {
                round += 1
                do {
                    try other.writer.write { db in
                        try Meta.setValue(db, String(round), forKey: "neighbour")
                        if let item = try Int64.fetchOne(db, sql: "SELECT id FROM items ORDER BY random() LIMIT 1") {
                            try db.execute(sql: """
                                INSERT INTO item_reads (item_id, username, read_at) VALUES (?, 'curator', ?)
                                ON CONFLICT DO UPDATE SET read_at = excluded.read_at
                                """, arguments: [item, round])
                        }
                    }
                    _ = try other.reader.read { db in try InboxQuery.entries(db, now: Date(), limit: 50) }
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        neighbour.start()
        let outcome = try inbox.ingest(lines: Self.lines(20_000, prefix: "c"))
        done.request()
        while !neighbour.isFinished { usleep(10_000) }
        #expect(failures.all.isEmpty)
        #expect(outcome.counts == IngestCounts(ingested: 20_000, duplicates: 0, rejected: 0))
        #expect(try inbox.count("messages") == 20_000)
    }

    @Test func twoIngestsOfTheSameFeedAtOnceStoreItOnce() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let lines = Self.lines(5_000, prefix: "t")
        let path = inbox.folder.appendingPathComponent("shared.jsonl").path
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: path))
        let other = try DutyDeskDatabase.open(path: inbox.database.path)
        let results = FailureLog()
        let second = Thread {
            do {
                let session = try IngestSession(database: other, options: IngestOptions(
                    source: "shared.jsonl", actor: "test", clock: { IngestFixture.now }))
                let counts = try session.run(try DescriptorLineSource.open(path: path, stop: StopRequest())) { _ in }
                results.add("\(counts.ingested + counts.duplicates)")
            } catch {
                results.add("failed: \(error)")
            }
        }
        second.start()
        let first = try inbox.ingest(path: path, source: "shared.jsonl", format: .auto, page: nil)
        while !second.isFinished { usleep(10_000) }
        #expect(results.all == ["5000"])
        #expect(first.counts.ingested + first.counts.duplicates == 5_000)
        #expect(try inbox.count("messages") == 5_000)
        #expect(try inbox.count("events") == 5_000)
    }
}

/// Strings collected from several threads.
final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String] = []

    func add(_ entry: String) {
        lock.lock()
        entries.append(entry)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return entries
    }
}
