import DutyDeskCore
import Foundation
import GRDB

/// `dutydesk bench ingest --sqlite-floor`: how fast SQLite alone writes the rows that ingest
/// writes for the benchmark's feed, into the same schema, with nothing else: no reading, no
/// JSON, no derivation, no lookups; values made up in place and bound through SQLite's C
/// interface, in transactions of `IngestSession.batchSize` rows.
///
/// Per event, as in the feed: an `events` row (the raw line, about 520 bytes, under a random
/// VK `event_id`), a `messages` row (a private message keyed by a random reader of 250,000),
/// and an item: a new one for 56 % of events (as the feed creates), else an update of one of
/// the last 4,096 items' list columns. No ingest can be faster than this on the same machine
/// with the same schema; the gap between the two is what ingest's own work costs.
public enum IngestFloorBenchmark {
    public struct Figures: Sendable {
        public let events: Int
        public let seconds: Double
        public var eventsPerSecond: Double { Double(events) / max(seconds, 1e-9) }
    }

    public static func run(events: Int, folder: String, seed: UInt64 = 20_261_109) throws -> Figures {
        // A new database every time: rows left by an earlier run would turn inserts into
        // conflicts and make the figures meaningless.
        let path = folder + "/bench-floor.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let database = try DutyDeskDatabase.open(path: path)
        let organisation = try OrganisationFileReader.read(text: IngestBenchOrganisation.yaml(),
                                                           fileName: "bench-ingest-organisation.yaml")
        _ = try database.writer.write { db in
            try OrganisationImport.apply(organisation, to: db, actor: "bench", at: Date())
        }
        try database.writer.writeWithoutTransaction(IngestSession.tuneWritingConnection)
        let raw = String(repeating: "x", count: 520)
        var random = SplitMix64(seed: seed)
        var recentItems: [Int64] = []
        let started = DispatchTime.now()
        var next = 0
        while next < events {
            let end = min(next + IngestSession.batchSize, events)
            try database.writer.write { db in
                var event = try DirectStatement(db, sql: """
                    INSERT INTO events (network, event_key, page_id, type, received_at, raw_json)
                    VALUES ('vk', ?, ?, 'message_new', ?, ?) ON CONFLICT(network, event_key) DO NOTHING
                    """)
                var item = try DirectStatement(db, sql: """
                    INSERT INTO items (page_id, kind, thread_key, author_id, author_name, created_at, status,
                                       clock_started_at, deadline_at, message_count, last_message_at,
                                       last_incoming_at, preview)
                    VALUES (?, 'message', ?, ?, 'Читатель', ?, 'open', ?, ?, 1, ?, ?, ?)
                    ON CONFLICT(page_id, kind, thread_key) DO NOTHING
                    """)
                var itemUpdate = try DirectStatement(db, sql: """
                    UPDATE items SET message_count = message_count + 1, last_message_at = ?, last_incoming_at = ?,
                                     preview = ? WHERE id = ?
                    """)
                var message = try DirectStatement(db, sql: """
                    INSERT INTO messages (item_id, page_id, direction, platform_key, author_id, author_name, text,
                                          sent_at, event_id)
                    VALUES (?, ?, 'in', ?, ?, 'Читатель', ?, ?, ?) ON CONFLICT(page_id, platform_key) DO NOTHING
                    """)
                for index in next..<end {
                    let page = "vk\(random.uniform(below: 40))"
                    let peer = 100_000_000 + Int64(random.uniform(below: 250_000))
                    let sentAt = 1_790_000_000 + Int64(index) * 5
                    let text = "Здравствуйте! Когда откроется читальный зал? 📚 \(index)"
                    event.bind(String(UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15, radix: 16))
                    event.bind(page)
                    event.bind(sentAt)
                    event.bind(raw)
                    _ = try event.run()
                    let eventID = db.lastInsertedRowID
                    var itemID: Int64
                    if recentItems.isEmpty || random.uniform(below: 100) < 56 {
                        item.bind(page)
                        item.bind("\(peer):\(index)")
                        item.bind(peer)
                        item.bind(sentAt)
                        item.bind(sentAt)
                        item.bind(sentAt + 86_400)
                        item.bind(sentAt)
                        item.bind(sentAt)
                        item.bind(text)
                        _ = try item.run()
                        itemID = db.lastInsertedRowID
                        if recentItems.count < 4096 { recentItems.append(itemID) } else {
                            recentItems[Int(random.uniform(below: 4096))] = itemID
                        }
                    } else {
                        itemID = recentItems[Int(random.uniform(below: UInt64(recentItems.count)))]
                        itemUpdate.bind(sentAt)
                        itemUpdate.bind(sentAt)
                        itemUpdate.bind(text)
                        itemUpdate.bind(itemID)
                        _ = try itemUpdate.run()
                    }
                    message.bind(itemID)
                    message.bind(page)
                    message.bind("peer:\(peer):cmid:\(index)")
                    message.bind(peer)
                    message.bind(text)
                    message.bind(sentAt)
                    message.bind(eventID)
                    _ = try message.run()
                }
            }
            next = end
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return Figures(events: events, seconds: seconds)
    }
}
