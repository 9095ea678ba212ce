import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// Telegram updates from the fixture file: a private chat with the page's bot, and comments in
/// the channel's discussion group threaded to the automatically forwarded post.
struct TelegramIngestTests {
    @Test func privateChatsNeedThePageOfTheBot() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let withoutPage = try inbox.ingest(fixture: "telegram")
        // The two private-chat updates cannot be placed: rejected, not guessed.
        #expect(withoutPage.rejected.map(\.lineNumber) == [1, 2])
        #expect(withoutPage.rejected.first?.reason == .privateChatNeedsPage(chatID: 987_654_321_012))
        #expect(withoutPage.counts == IngestCounts(ingested: 5, duplicates: 0, rejected: 2))

        let withPage = try inbox.ingest(fixture: "telegram", format: .telegram, page: "lib1-tg")
        #expect(withPage.counts == IngestCounts(ingested: 2, duplicates: 5, rejected: 0))
        let chat = try #require(try inbox.item(page: "lib1-tg", kind: .message, thread: "987654321012"))
        #expect(chat.authorName == "Анна Петрова")
        #expect(chat.status == .open)
        let message = try #require(try inbox.message(page: "lib1-tg", key: "tg:987654321012:11"))
        #expect(message.text == "Добрый день! Как записаться в электронный читальный зал?")
        #expect(message.editedAt == 1_794_225_700)
    }

    @Test func commentsThreadToTheForwardedPostAndTheChannelAnswers() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(fixture: "telegram", page: "lib1-tg")
        // The forwarded post (message 50) is kept as an event, not as a reader's message.
        #expect(try inbox.message(page: "lib1-tg", key: "tg:-1009876543210:50") == nil)
        let thread = try #require(try inbox.item(page: "lib1-tg", kind: .comment, thread: "50"))
        // 51 names its thread; 52 replies to 51 without a thread id and joins 51's thread; the
        // post as the channel (53) answers both.
        #expect(try inbox.messages(item: thread.id!).map(\.platformKey)
                == ["tg:-1009876543210:51", "tg:-1009876543210:52", "tg:-1009876543210:53"])
        #expect(thread.status == .answered)
        let answer = try #require(try inbox.message(page: "lib1-tg", key: "tg:-1009876543210:53"))
        #expect(answer.direction == .outgoing)
        #expect(answer.authorID == -1_001_234_567_890)
        // A comment on another post, replying to its forward without a thread id: a thread of its own.
        let other = try #require(try inbox.item(page: "lib1-tg", kind: .comment, thread: "60"))
        #expect(other.status == .open)
        #expect(other.authorName == "Ольга")
    }

    @Test func updateIDsAreKeptPerBot() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        try inbox.ingest(fixture: "telegram", page: "lib1-tg")
        let keys = try inbox.database.reader.read { db in
            try String.fetchAll(db, sql: "SELECT event_key FROM events WHERE network = 'telegram' ORDER BY event_key")
        }
        #expect(keys.first == "lib1-tg:700000001")
        #expect(keys.count == 7)
    }

    @Test func unknownDiscussionGroupIsRefusedNamingTheChatAndThePages() throws {
        let inbox = try IngestFixture()
        defer { inbox.remove() }
        let outcome = try inbox.ingest(lines: [
            #"{"update_id":1,"message":{"message_id":1,"from":{"id":5,"is_bot":false,"first_name":"X"},"chat":{"id":-100555,"type":"supergroup"},"date":1794225600,"text":"?"}}"#,
        ])
        let reason = try #require(outcome.rejected.first?.reason)
        #expect(reason == .unknownPage(network: .telegram, id: -100_555, knownPages: ["lib1-tg (-1009876543210)"]))
        #expect(reason.message.en == "Telegram chat -100555 is not any page's discussion group; Telegram pages: lib1-tg (-1009876543210)")
    }
}
