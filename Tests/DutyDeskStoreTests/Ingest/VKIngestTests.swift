import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// VK events from the fixture files (written from the published formats): conversations,
/// comment threads, edits, deletions, restores, blocks, out of order and delivered twice.
struct VKIngestTests {
    /// Moscow 2026-11-09 15:00, 16:00 and 17:00, and 2026-11-10 17:00 (Unix seconds).
    static let monday15 = Int64(1_794_225_600), monday16 = Int64(1_794_229_200), monday17 = Int64(1_794_232_800)
    static let tuesday17 = Int64(1_794_319_200)

    @Test func privateConversationIsAnsweredByEventTimeNotLineOrder() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let outcome = try inbox.ingest(fixture: "vk-private")
        #expect(outcome.rejected.isEmpty)
        // Seven lines: the same message_new twice (same event_id), and once more under another
        // event_id (Callback and Long Poll both delivered it): two duplicates.
        #expect(outcome.counts == IngestCounts(ingested: 5, duplicates: 2, rejected: 0))

        let item = try #require(try inbox.item(page: "lib1-vk", kind: .message, thread: "8123456789"))
        // The reply (16:00, first line) answers the 15:00 question that arrived after it; the
        // 17:00 question starts a new clock: one working day, Tuesday 17:00.
        #expect(item.status == .open)
        #expect(item.clockStartedAt == Self.monday17)
        #expect(item.deadlineAt == Self.tuesday17)
        #expect(item.lastOutgoingAt == Self.monday16)
        #expect(item.messageCount == 3)
        #expect(item.authorID == 8_123_456_789)
        #expect(item.createdAt == Self.monday15)
        #expect(item.preview == "Спасибо! А можно ещё одну книгу забронировать?")

        let reply = try #require(try inbox.message(page: "lib1-vk", key: "peer:8123456789:cmid:2"))
        #expect(reply.direction == .outgoing)
        #expect(reply.authorName == "Библиотека № 1 — ВКонтакте")
    }

    @Test func editKeepsTheEarlierTextAndTheRawJSONIsKept() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(fixture: "vk-private")
        let message = try #require(try inbox.message(page: "lib1-vk", key: "peer:8123456789:cmid:1"))
        #expect(message.text == "Здравствуйте! Можно продлить «Мастера и Маргариту» на две недели?")
        #expect(message.editedAt == 1_794_225_900)
        let history = try inbox.database.reader.read { db in
            try MessageEditRecord.filter(MessageEditRecord.Columns.messageID == message.id!).fetchAll(db)
        }
        // The original, with its emoji, newline, quotes, backslash and escape characters intact.
        #expect(history.map(\.previousText) == ["Здравствуйте! Можно продлить «Мастера и Маргариту»? 😊\nБилет №\"42\" \\ \u{1B}[31mсрочно\u{1B}[0m"])
        // The event keeps the line, once: the message points to the event it came with.
        #expect(message.rawJSON == nil)
        let line = try IngestFixture.fixtureLines("vk-private")[1]
        let stored = try inbox.database.reader.read { db in
            try Row.fetchOne(db, sql: "SELECT id, raw_json FROM events WHERE event_key = 'd1a0c0ffee0000000001'")
        }
        #expect(stored?["raw_json"] == line)
        #expect(message.eventID != nil && message.eventID == stored?["id"])
    }

    @Test func groupChatMessagesAreKeyedByConversationMessageID() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(fixture: "vk-private")
        let item = try #require(try inbox.item(page: "lib1-vk", kind: .message, thread: "2000000005"))
        #expect(try inbox.message(page: "lib1-vk", key: "peer:2000000005:cmid:10")?.authorID == 555_003)
        #expect(item.deadlineAt == 1_794_313_800)   // Tuesday 15:30 Moscow
    }

    @Test func commentThreadsAreAnsweredByThePagesOwnComment() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let outcome = try inbox.ingest(fixture: "vk-comments")
        #expect(outcome.counts == IngestCounts(ingested: 9, duplicates: 0, rejected: 0))

        // 789 and the reply under it (parents_stack [789]) are one thread; the community's
        // comment (from_id -123456) in it answers both.
        let thread = try #require(try inbox.item(page: "lib1-vk", kind: .comment, thread: "-123456_42:789"))
        #expect(thread.status == .answered)
        #expect(thread.deadlineAt == nil)
        #expect(thread.messageCount == 3)
        #expect(thread.postID == 42)
        #expect(thread.authorID == 555_002)
        let answer = try #require(try inbox.message(page: "lib1-vk", key: "wall:-123456:791"))
        #expect(answer.direction == .outgoing)
        #expect(answer.itemID == thread.id)
        #expect(answer.replyToKey == "wall:-123456:790")
    }

    @Test func deletedCommentStaysMarkedDeletedAndRestoreBringsItBack() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(fixture: "vk-comments")
        // Deleted by an administrator (deleter_id): kept, with the text it had after its edit.
        let deleted = try #require(try inbox.message(page: "lib1-vk", key: "wall:-123456:800"))
        #expect(deleted.deletedAt == IngestFixture.now)
        #expect(deleted.deletedBy == "vk:777")
        #expect(deleted.text == "Реклама: лучшие курсы! Скидка 90%")
        let spam = try #require(try inbox.item(page: "lib1-vk", kind: .comment, thread: "-123456_42:800"))
        #expect(spam.deadlineAt == nil)
        // Deleted by its author (user_id, the other published shape), then restored.
        let restored = try #require(try inbox.message(page: "lib1-vk", key: "wall:-123456:801"))
        #expect(restored.deletedAt == nil)
        let open = try #require(try inbox.item(page: "lib1-vk", kind: .comment, thread: "-123456_43:801"))
        #expect(open.status == .open)
        #expect(open.deadlineAt == 1_794_313_800)   // Tuesday 15:30 Moscow
    }

    @Test func blockEventsCreateAndEndBlocks() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let outcome = try inbox.ingest(fixture: "vk-blocks")
        #expect(outcome.counts == IngestCounts(ingested: 3, duplicates: 0, rejected: 0))
        let blocks = try inbox.database.reader.read { db in
            try BlockRecord.order(BlockRecord.Columns.id).fetchAll(db)
        }
        #expect(blocks.count == 2)
        #expect(blocks[0].userID == 555_005)
        #expect(blocks[0].reason == .spam)
        #expect(blocks[0].untilAt == 1_795_000_000)
        #expect(blocks[0].comment == "Реклама курсов")
        #expect(blocks[0].blockedBy == "vk:777")
        #expect(blocks[0].source == .vk)
        #expect(blocks[0].isActive(at: IngestFixture.now))
        // Reason 0 ("other") has no regulation code; the unblock ended the permanent block.
        #expect(blocks[1].reason == nil)
        #expect(blocks[1].untilAt == nil)
        #expect(blocks[1].unblockedAt == IngestFixture.now)
        #expect(blocks[1].unblockedBy == "vk:777")
    }

    @Test func eventsOfOtherPagesGoToTheirPageOrAreRefusedWithPage() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let line = #"{"type":"message_new","group_id":654321,"event_id":"p2","object":{"message":{"id":1,"date":1794225600,"peer_id":42,"from_id":42,"text":"x","conversation_message_id":1,"out":0}}}"#
        try inbox.ingest(lines: [line])
        #expect(try inbox.item(page: "lib2-vk", kind: .message, thread: "42") != nil)
        let refused = try inbox.ingest(lines: [line.replacingOccurrences(of: "\"p2\"", with: "\"p3\"")], page: "lib1-vk")
        #expect(refused.rejected.map(\.reason) == [.otherPage(eventPage: "lib2-vk", requestedPage: "lib1-vk")])
    }
}
