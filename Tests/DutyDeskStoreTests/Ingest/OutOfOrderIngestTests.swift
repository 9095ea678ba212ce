import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// Events that arrive before the message they are about: deletions, restores and edits that
/// overtake their comment, replies that overtake their parent. Each must end as if the feed had
/// come in order, and a second run must change nothing.
struct OutOfOrderIngestTests {
    /// Moscow 2026-11-09 15:00 and 16:00 (Unix seconds); deadline of a 15:00 arrival: Tuesday 15:00.
    static let monday15 = Int64(1_794_225_600), monday16 = Int64(1_794_229_200)
    static let tuesday15 = Int64(1_794_312_000)
    static let group = Int64(123_456)

    // MARK: VK comments

    static func vk(_ type: String, _ eventID: String, _ object: String) -> String {
        #"{"type":"\#(type)","group_id":\#(group),"event_id":"\#(eventID)","v":"5.199","object":\#(object)}"#
    }

    static func comment(_ id: Int64, from: Int64 = 555_001, at date: Int64 = monday15, text: String = "Вопрос",
                        parents: [Int64] = [], replyTo: Int64? = nil) -> String {
        let reply = replyTo.map { #","reply_to_comment":\#($0)"# } ?? ""
        let stack = parents.map(String.init).joined(separator: ",")
        return #"{"id":\#(id),"from_id":\#(from),"date":\#(date),"text":"\#(text)","post_owner_id":\#(-group),"post_id":42,"owner_id":\#(-group),"parents_stack":[\#(stack)]\#(reply)}"#
    }

    static func deletion(_ id: Int64, by field: String = "deleter_id") -> String {
        #"{"owner_id":\#(-group),"id":\#(id),"\#(field)":777,"post_id":42}"#
    }

    /// Ingests `lines`, then again; the second run must store nothing and change nothing.
    private func ingestTwice(_ inbox: IngestFixture, _ lines: [String]) throws {
        let first = try inbox.ingest(lines: lines)
        #expect(first.rejected.isEmpty)
        let snapshot = try inbox.snapshot()
        let second = try inbox.ingest(lines: lines)
        #expect(second.counts.ingested == 0)
        #expect(try inbox.snapshot() == snapshot)
    }

    @Test(arguments: ["deleter_id", "user_id"])
    func deletionBeforeItsCommentTakesEffectWhenTheCommentArrives(field: String) throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try ingestTwice(inbox, [
            Self.vk("wall_reply_delete", "d1", Self.deletion(900, by: field)),
            Self.vk("wall_reply_new", "n1", Self.comment(900, text: "Оскорбление")),
        ])
        let message = try #require(try inbox.message(page: "lib1-vk", key: "wall:-123456:900"))
        #expect(message.deletedAt == IngestFixture.now)
        #expect(message.deletedBy != nil)
        #expect(message.text == "Оскорбление")
        // Nothing is left waiting for a comment that has come.
        #expect(try inbox.count("pending_deletions") == 0)
    }

    @Test func deletionInAnEarlierRunTakesEffectInALaterOne() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(lines: [Self.vk("wall_reply_delete", "d1", Self.deletion(900))])
        #expect(try inbox.message(page: "lib1-vk", key: "wall:-123456:900") == nil)
        try inbox.ingest(lines: [Self.vk("wall_reply_new", "n1", Self.comment(900))])
        #expect(try inbox.message(page: "lib1-vk", key: "wall:-123456:900")?.deletedAt != nil)
    }

    @Test func restoreAfterAnEarlyDeletionLeavesTheCommentLive() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        // In order the comment was written, deleted, restored; the comment itself comes last.
        try ingestTwice(inbox, [
            Self.vk("wall_reply_delete", "d1", Self.deletion(900)),
            Self.vk("wall_reply_restore", "r1", Self.comment(900)),
            Self.vk("wall_reply_new", "n1", Self.comment(900)),
        ])
        let message = try #require(try inbox.message(page: "lib1-vk", key: "wall:-123456:900"))
        #expect(message.deletedAt == nil)
        let item = try #require(try inbox.item(page: "lib1-vk", kind: .comment, thread: "-123456_42:900"))
        #expect(item.status == .open)
        #expect(item.deadlineAt == Self.tuesday15)
    }

    @Test func editsBeforeTheirOriginalKeepTheEarlierTextInTheHistory() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let peer = Int64(8_100_000_001)
        let original = #"{"id":1,"date":\#(Self.monday15),"peer_id":\#(peer),"from_id":\#(peer),"text":"Первый текст","conversation_message_id":1,"out":0}"#
        let edited = #"{"id":1,"date":\#(Self.monday15),"update_time":\#(Self.monday15 + 60),"peer_id":\#(peer),"from_id":\#(peer),"text":"Исправленный","conversation_message_id":1,"out":0}"#
        try ingestTwice(inbox, [
            Self.vk("message_edit", "e1", edited),
            Self.vk("wall_reply_edit", "e2", Self.comment(901, text: "Правка")),
            Self.vk("message_new", "n1", #"{"message":\#(original),"client_info":{}}"#),
            Self.vk("wall_reply_new", "n2", Self.comment(901, text: "Оригинал")),
        ])
        let message = try #require(try inbox.message(page: "lib1-vk", key: "peer:\(peer):cmid:1"))
        #expect(message.text == "Исправленный")
        let comment = try #require(try inbox.message(page: "lib1-vk", key: "wall:-123456:901"))
        #expect(comment.text == "Правка")
        let history = try inbox.database.reader.read { db in
            try String.fetchAll(db, sql: "SELECT previous_text FROM message_edits ORDER BY previous_text")
        }
        #expect(history == ["Оригинал", "Первый текст"])
    }

    // MARK: Items whose reader's comments are all deleted

    @Test func itemWhoseCommentsAreAllDeletedNoLongerWaitsAndRestoreReopensIt() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(lines: [
            Self.vk("wall_reply_new", "n1", Self.comment(900, text: "Грубость")),
            Self.vk("wall_reply_new", "n2", Self.comment(901, at: Self.monday16, text: "Ещё грубость", parents: [900])),
            Self.vk("wall_reply_delete", "d1", Self.deletion(900)),
            Self.vk("wall_reply_delete", "d2", Self.deletion(901)),
        ])
        var item = try #require(try inbox.item(page: "lib1-vk", kind: .comment, thread: "-123456_42:900"))
        // Regulation 3.5: a deleted offensive comment needs no answer.
        #expect(item.status == .closed)
        #expect(item.deadlineAt == nil)
        #expect(item.clockStartedAt == nil)
        #expect(item.preview == "Ещё грубость")

        // Restoring one comment makes it wait again, with the clock of that comment.
        try inbox.ingest(lines: [Self.vk("wall_reply_restore", "r2", Self.comment(901, at: Self.monday16, parents: [900]))])
        item = try #require(try inbox.item(page: "lib1-vk", kind: .comment, thread: "-123456_42:900"))
        #expect(item.status == .open)
        #expect(item.clockStartedAt == Self.monday16)
        #expect(item.deadlineAt == Self.tuesday15 + 3600)
    }

    @Test func aNewCommentReopensAnItemClosedByDeletion() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(lines: [
            Self.vk("wall_reply_new", "n1", Self.comment(900)),
            Self.vk("wall_reply_delete", "d1", Self.deletion(900)),
        ])
        #expect(try inbox.item(page: "lib1-vk", kind: .comment, thread: "-123456_42:900")?.status == .closed)
        try inbox.ingest(lines: [Self.vk("wall_reply_new", "n2", Self.comment(902, at: Self.monday16, parents: [900]))])
        let item = try #require(try inbox.item(page: "lib1-vk", kind: .comment, thread: "-123456_42:900"))
        #expect(item.status == .open)
        #expect(item.clockStartedAt == Self.monday16)
    }

    @Test func aDeletedCommentAfterTheAnswerLeavesTheItemAnswered() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(lines: [
            Self.vk("wall_reply_new", "n1", Self.comment(900)),
            Self.vk("wall_reply_new", "n2", Self.comment(901, from: -Self.group, at: Self.monday16, parents: [900])),
            Self.vk("wall_reply_delete", "d1", Self.deletion(900)),
        ])
        #expect(try inbox.item(page: "lib1-vk", kind: .comment, thread: "-123456_42:900")?.status == .answered)
    }

    // MARK: Replies that arrive before their parent

    @Test func vkReplyWithoutThreadStackJoinsItsParentsThreadWhateverTheOrder() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        // 902 answers 901 (no parents_stack); 901 is itself under the top comment 900.
        try ingestTwice(inbox, [
            Self.vk("wall_reply_new", "n3", Self.comment(902, at: Self.monday16 + 60, replyTo: 901)),
            Self.vk("wall_reply_new", "n2", Self.comment(901, at: Self.monday16, parents: [900])),
            Self.vk("wall_reply_new", "n1", Self.comment(900)),
        ])
        let item = try #require(try inbox.item(page: "lib1-vk", kind: .comment, thread: "-123456_42:900"))
        #expect(try inbox.messages(item: item.id!).map(\.platformKey)
                == ["wall:-123456:900", "wall:-123456:901", "wall:-123456:902"])
        #expect(try inbox.count("items") == 1)
        #expect(item.clockStartedAt == Self.monday15)
        #expect(item.messageCount == 3)
    }

    static let discussion = Int64(-1_009_876_543_210)

    /// A comment in the discussion group; `thread` is its `message_thread_id`, `replyTo` the
    /// message it replies to (a plain comment, not the forwarded post).
    static func telegram(_ id: Int64, at date: Int64, thread: Int64? = nil, replyTo: Int64? = nil) -> String {
        let threadField = thread.map { #""message_thread_id":\#($0),"# } ?? ""
        let reply = replyTo.map { #""reply_to_message":{"message_id":\#($0),"from":{"id":5000000001,"is_bot":false,"first_name":"Анна"},"chat":{"id":\#(discussion),"type":"supergroup"},"date":\#(date - 60),"text":"?"},"# } ?? ""
        return #"{"update_id":\#(700_000 + id),"message":{"message_id":\#(id),"from":{"id":5000000002,"is_bot":false,"first_name":"Борис"},"chat":{"id":\#(discussion),"type":"supergroup"},"date":\#(date),\#(threadField)\#(reply)"text":"Комментарий \#(id)"}}"#
    }

    @Test func telegramReplyChainBeforeItsParentJoinsThePostsThread() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        // 71 is in the thread of post 50; 72 replies to 71 and 73 to 72, neither with a thread id:
        // they arrive newest first.
        try ingestTwice(inbox, [
            Self.telegram(73, at: Self.monday16 + 120, replyTo: 72),
            Self.telegram(72, at: Self.monday16 + 60, replyTo: 71),
            Self.telegram(71, at: Self.monday16, thread: 50),
        ])
        let thread = try #require(try inbox.item(page: "lib1-tg", kind: .comment, thread: "50"))
        #expect(try inbox.messages(item: thread.id!).map(\.platformKey)
                == ["tg:-1009876543210:71", "tg:-1009876543210:72", "tg:-1009876543210:73"])
        #expect(try inbox.count("items") == 1)
        #expect(thread.messageCount == 3)
        #expect(thread.clockStartedAt == Self.monday16)
    }

    @Test func telegramReplyWhoseParentNeverArrivesStaysInAThreadOfItsOwn() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(lines: [Self.telegram(73, at: Self.monday16, replyTo: 72)])
        // The documented fallback: the thread named after the message it replies to.
        let item = try #require(try inbox.item(page: "lib1-tg", kind: .comment, thread: "72"))
        #expect(item.status == .open)
    }

    @Test func mergedOrphanKeepsWhatStaffDidWithIt() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(lines: [Self.telegram(72, at: Self.monday16 + 60, replyTo: 71)])
        let orphan = try #require(try inbox.item(page: "lib1-tg", kind: .comment, thread: "71"))
        try inbox.database.writer.write { db in
            try db.execute(sql: "UPDATE items SET category = 'complaint', is_complaint = 1 WHERE id = ?",
                           arguments: [orphan.id!])
            try db.execute(sql: """
                INSERT INTO drafts (item_id, username, text, updated_at) VALUES (?, 'curator', 'Черновик', 0)
                """, arguments: [orphan.id!])
        }
        try inbox.ingest(lines: [Self.telegram(71, at: Self.monday16, thread: 50)])
        #expect(try inbox.item(page: "lib1-tg", kind: .comment, thread: "71") == nil)
        let thread = try #require(try inbox.item(page: "lib1-tg", kind: .comment, thread: "50"))
        #expect(thread.isComplaint)
        #expect(thread.category == .complaint)
        let draft = try inbox.database.reader.read { db in
            try String.fetchOne(db, sql: "SELECT text FROM drafts WHERE item_id = ?", arguments: [thread.id!])
        }
        #expect(draft == "Черновик")
    }
}
