import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// Bad lines never stop ingest: each is refused with its line number and a reason that names the
/// field, kept byte for byte in the quarantine table, and every good line is still stored.
struct RejectionTests {
    @Test func everyBadLineIsRefusedWithWhereAndWhy() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let outcome = try inbox.ingest(fixture: "bad-lines")
        #expect(outcome.counts == IngestCounts(ingested: 2, duplicates: 0, rejected: 9))
        let reasons = Dictionary(uniqueKeysWithValues: outcome.rejected.map { ($0.lineNumber, $0.reason.message.en) })
        #expect(reasons[2]?.hasPrefix("malformed JSON: the line ends inside a value") == true)
        #expect(reasons[3] == "the JSON value is not an object but an array")
        #expect(reasons[4] == "the JSON value is not an object but a string")
        #expect(reasons[5] == "object.message.peer_id: missing")
        #expect(reasons[6] == "object.message.date: expected an integer, found a string")
        #expect(reasons[7] == "VK group 999 is not any page's group; VK pages: lib1-vk (123456), lib2-vk (654321)")
        #expect(reasons[8] == "vk event type 'group_join' is not ingested")
        #expect(reasons[9]?.hasPrefix("Telegram private chat 555109: name the page") == true)
        #expect(reasons[10] == "neither a VK event (no type and group_id) nor a Telegram update (no update_id)")
        // Line 11 is blank: nothing to refuse or lose. The good lines around them are stored.
        #expect(reasons[11] == nil)
        #expect(try inbox.message(page: "lib1-vk", key: "peer:555101:cmid:1") != nil)
        #expect(try inbox.message(page: "lib1-vk", key: "wall:-123456:12") != nil)
    }

    @Test func quarantineKeepsSourceLineReasonAndBytes() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(fixture: "bad-lines")
        let rows = try inbox.database.reader.read { db in
            try QuarantineRecord.order(QuarantineRecord.Columns.id).fetchAll(db)
        }
        #expect(rows.map(\.lineNumber) == [2, 3, 4, 5, 6, 7, 8, 9, 10])
        #expect(rows.allSatisfy { $0.source == "bad-lines.jsonl" && $0.receivedAt == IngestFixture.now })
        let lines = try IngestFixture.fixtureLines("bad-lines")
        #expect(String(decoding: rows[1].raw, as: UTF8.self) == lines[2])
        #expect(rows[3].reason == "object.message.peer_id: missing")
    }

    @Test func invalidUTF8AndOverlongLinesAreRefusedAndKept() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let good = Array(#"{"type":"message_new","group_id":123456,"event_id":"u1","object":{"message":{"id":1,"date":1794225600,"peer_id":42,"from_id":42,"text":"ok","conversation_message_id":1,"out":0}}}"#.utf8)
        let badUTF8: [UInt8] = Array(#"{"type":"message_new","text":"Привет "#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8)
        let long = [UInt8](repeating: UInt8(ascii: " "), count: LineSplitter.maximumLineBytes + 5) + Array("{}".utf8)
        let outcome = try inbox.ingest(bytes: badUTF8 + [0x0A] + long + [0x0A] + good + [0x0A])
        #expect(outcome.counts == IngestCounts(ingested: 1, duplicates: 0, rejected: 2))
        #expect(outcome.rejected[0].reason == .invalidUTF8(offset: 43))
        #expect(outcome.rejected[1].reason == .lineTooLong(bytes: LineSplitter.maximumLineBytes + 7,
                                                            limit: LineSplitter.maximumLineBytes))
        let raw = try inbox.database.reader.read { db in
            try Data.fetchAll(db, sql: "SELECT raw FROM quarantine ORDER BY line_number")
        }
        #expect([UInt8](raw[0]) == badUTF8)
        #expect(raw[1].count == LineSplitter.maximumLineBytes)
    }

    @Test func aLineWithoutFinalNewlineIsStillIngested() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let line = #"{"type":"message_new","group_id":123456,"event_id":"n1","object":{"message":{"id":1,"date":1794225600,"peer_id":42,"from_id":42,"text":"без перевода строки","conversation_message_id":1,"out":0}}}"#
        let outcome = try inbox.ingest(bytes: Array(line.utf8))
        #expect(outcome.counts.ingested == 1)
    }

    @Test func reingestingBadLinesDoesNotQuarantineThemTwice() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(fixture: "bad-lines")
        let again = try inbox.ingest(fixture: "bad-lines")
        // Still reported (and still exit 65 for the command), but stored once.
        #expect(again.counts == IngestCounts(ingested: 0, duplicates: 2, rejected: 9))
        #expect(try inbox.count("quarantine") == 9)
    }

    @Test func mistypedFieldsNameTheirPath() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let outcome = try inbox.ingest(lines: [
            #"{"type":"wall_reply_new","group_id":123456,"event_id":"m1","object":{"id":1,"from_id":5,"date":1,"text":"x","post_owner_id":-123456,"post_id":1,"parents_stack":["a"]}}"#,
            #"{"type":"wall_reply_delete","group_id":123456,"event_id":"m2","object":{"owner_id":-123456,"id":1}}"#,
            #"{"type":"message_new","group_id":"123456","event_id":"m3","object":{}}"#,
            #"{"type":"message_new","group_id":123456,"event_id":"m4","object":{"message":{"id":1,"date":1,"peer_id":1,"from_id":1,"text":"x","conversation_message_id":1,"out":7}}}"#,
            #"{"update_id":"5","message":{}}"#,
            #"{"update_id":5,"channel_post":{"message_id":1}}"#,
        ])
        #expect(outcome.rejected.map { $0.reason.message.en } == [
            "object.parents_stack[0]: expected an integer, found a string",
            "object.deleter_id / object.user_id: missing",
            "group_id: expected an integer, found a string",
            "object.message.out: expected 0 or 1, found an integer",
            "update_id: expected an integer, found a string",
            "telegram event type 'channel_post' is not ingested",
        ])
    }

    @Test func reasonsReadInRussianToo() {
        #expect(RejectionReason.missingField(path: "object.message.peer_id").message.ru == "нет поля object.message.peer_id")
        #expect(RejectionReason.wrongType(path: "update_id", expected: "an integer", found: "a string").message.ru
                == "поле update_id: ожидалось целое число, а найдено строка")
    }
}
