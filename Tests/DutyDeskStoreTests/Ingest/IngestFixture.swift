import DutyDeskCore
import Foundation
import GRDB
@testable import DutyDeskStore

/// A real database file with one department (Moscow; Mon–Fri 10–20, Sat 11–18; no holidays),
/// a VK page (group 123456) and a Telegram page (channel -1001234567890, discussion group
/// -1009876543210), and helpers to ingest the fixture files of `Fixtures/`.
struct IngestFixture {
    static let organisation = """
        timezone: Europe/Moscow
        departments:
          - id: lib1
            name: "Библиотека № 1"
            holidays: none
            hours:
              mon: ["10:00-20:00"]
              tue: ["10:00-20:00"]
              wed: ["10:00-20:00"]
              thu: ["10:00-20:00"]
              fri: ["10:00-20:00"]
              sat: ["11:00-18:00"]
        pages:
          - { id: lib1-vk, network: vk, external_id: 123456, name: "Библиотека № 1 — ВКонтакте", url: "https://vk.com/club123456", department: lib1 }
          - { id: lib1-tg, network: telegram, external_id: -1001234567890, discussion_chat_id: -1009876543210, name: "Библиотека № 1 — Telegram", url: "https://t.me/lib1", department: lib1 }
          - { id: lib2-vk, network: vk, external_id: 654321, name: "Библиотека № 2 — ВКонтакте", url: "https://vk.com/club654321", department: lib1 }
        staff:
          - { username: curator, name: "Куратор", roles: { "*": curator } }
        """

    /// Tuesday 2026-11-10 12:00 Moscow: after every fixture event.
    static let now: Int64 = 1_794_301_200

    let folder: URL
    let database: DutyDeskDatabase

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try DutyDeskDatabase.open(path: folder.appendingPathComponent("inbox.sqlite").path)
        let organisation = try OrganisationFileReader.read(text: Self.organisation, fileName: "ingest-fixture.yaml")
        _ = try database.writer.write { db in
            try OrganisationImport.apply(organisation, to: db, actor: "test",
                                         at: Date(timeIntervalSince1970: TimeInterval(Self.now)))
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    static func fixturePath(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name).jsonl").path
    }

    static func fixtureLines(_ name: String) throws -> [String] {
        try String(contentsOfFile: fixturePath(name), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.isEmpty }
    }

    struct Outcome {
        let counts: IngestCounts
        let rejected: [RejectedLine]
    }

    /// Ingests a fixture file, as `dutydesk ingest` does.
    @discardableResult
    func ingest(fixture name: String, format: IngestFormat = .auto, page: String? = nil) throws -> Outcome {
        try ingest(path: Self.fixturePath(name), source: "\(name).jsonl", format: format, page: page)
    }

    /// Ingests the given lines (written to a file first, each followed by a newline).
    @discardableResult
    func ingest(lines: [String], format: IngestFormat = .auto, page: String? = nil) throws -> Outcome {
        try ingest(bytes: Array(lines.map { $0 + "\n" }.joined().utf8), format: format, page: page)
    }

    @discardableResult
    func ingest(bytes: [UInt8], name: String = "lines.jsonl", format: IngestFormat = .auto, page: String? = nil) throws
        -> Outcome {
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try ingest(path: path, source: name, format: format, page: page)
    }

    func ingest(path: String, source: String, format: IngestFormat, page: String?) throws -> Outcome {
        let session = try IngestSession(database: database, options: IngestOptions(
            format: format, pageID: page, source: source, actor: "test", clock: { Self.now }))
        var rejected: [RejectedLine] = []
        let counts = try session.run(try DescriptorLineSource.open(path: path, stop: StopRequest())) { rejected.append($0) }
        try session.recordRun(counts, stopped: false)
        return Outcome(counts: counts, rejected: rejected)
    }

    // MARK: Reading the database back

    func item(page: String, kind: ItemKind, thread: String) throws -> ItemRecord? {
        try database.reader.read { db in
            try ItemRecord.filter(ItemRecord.Columns.pageID == page && ItemRecord.Columns.kind == kind
                                  && ItemRecord.Columns.threadKey == thread).fetchOne(db)
        }
    }

    func message(page: String, key: String) throws -> MessageRecord? {
        try database.reader.read { db in
            try MessageRecord.filter(MessageRecord.Columns.pageID == page && MessageRecord.Columns.platformKey == key)
                .fetchOne(db)
        }
    }

    func messages(item: Int64) throws -> [MessageRecord] {
        try database.reader.read { db in
            try MessageRecord.filter(MessageRecord.Columns.itemID == item).order(MessageRecord.Columns.sentAt).fetchAll(db)
        }
    }

    func count(_ table: String) throws -> Int {
        try database.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    /// Everything ingest derives, in a stable order, to compare two databases.
    func snapshot() throws -> [String] {
        try database.reader.read { db in
            let items = try Row.fetchAll(db, sql: """
                SELECT page_id, kind, thread_key, author_id, author_name, post_id, status, clock_started_at,
                       deadline_at, has_deadline, last_incoming_at, last_outgoing_at, last_message_at, preview,
                       message_count, created_at
                FROM items ORDER BY page_id, kind, thread_key
                """).map { "item \($0)" }
            let messages = try Row.fetchAll(db, sql: """
                SELECT m.page_id, m.platform_key, i.thread_key, m.direction, m.author_id, m.text, m.sent_at, m.edited_at,
                       m.deleted_at IS NOT NULL AS deleted, m.deleted_by, m.reply_to_key,
                       -- Which event first delivered a message depends on the order (a restore
                       -- may come before the comment it restores); that some event did, and keeps
                       -- the raw JSON, does not.
                       e.raw_json IS NOT NULL AS has_raw_event
                FROM messages m JOIN items i ON i.id = m.item_id LEFT JOIN events e ON e.id = m.event_id
                ORDER BY m.page_id, m.platform_key
                """).map { "message \($0)" }
            let edits = try Row.fetchAll(db, sql: """
                SELECT m.platform_key, e.previous_text FROM message_edits e JOIN messages m ON m.id = e.message_id
                ORDER BY m.platform_key, e.previous_text
                """).map { "edit \($0)" }
            let events = try Row.fetchAll(db, sql: "SELECT network, event_key, page_id, type FROM events ORDER BY network, event_key")
                .map { "event \($0)" }
            let blocks = try Row.fetchAll(db, sql: """
                SELECT page_id, user_id, reason, until_at, unblocked_at IS NOT NULL AS ended FROM blocks
                ORDER BY page_id, user_id, from_at, until_at
                """).map { "block \($0)" }
            return items + messages + edits + events + blocks
        }
    }
}
