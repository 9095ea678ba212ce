import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

struct OutboxTests {
    @Test func postedAndFailedRepliesAndTheQueueOrder() throws {
        let fixture = try ReplyFixture()
        let message = try fixture.openItem(.message)
        let comment = try fixture.openItem(.comment)
        let first = try fixture.actions().send(ReplyRequest(itemID: message.id, text: "Здравствуйте! Книга продлена."))
        let second = try fixture.actions(at: fixture.now.addingTimeInterval(60))
            .send(ReplyRequest(itemID: comment.id, templateIDs: ["complaint-acknowledgement"]))

        var entries = try fixture.database.reader.read { try OutboxQuery.entries($0) }
        #expect(entries.map(\.id) == [first.outboxID, second.outboxID], "pending, oldest first")
        #expect(entries.allSatisfy { $0.status == .pending })
        #expect(entries[1].kind == .comment && entries[1].templateIDs == ["complaint-acknowledgement"])

        try fixture.outbox().markPosted(outboxID: first.outboxID)
        #expect(throws: ReplyRefusal.notPending(outboxID: first.outboxID, status: .sent)) {
            try fixture.outbox().markPosted(outboxID: first.outboxID)
        }
        entries = try fixture.database.reader.read { try OutboxQuery.entries($0) }
        #expect(entries.map(\.status) == [.pending, .sent])
        #expect(entries[1].sentAt == fixture.now.addingTimeInterval(600))
        #expect(try fixture.database.reader.read { try OutboxQuery.entries($0, statuses: [.sent]) }.map(\.id) == [first.outboxID])

        // Not posted after all: the item waits for a reply again, with its old deadline.
        let deadlineBefore = try fixture.item(comment.id)
        #expect(deadlineBefore.status == .answered)
        try fixture.outbox().markFailed(outboxID: second.outboxID, reason: "пост удалён")
        let reopened = try fixture.item(comment.id)
        #expect(reopened.status == .open && reopened.deadlineAt != nil)
        #expect(try fixture.database.reader.read { try OutboxQuery.entries($0, statuses: [.failed]) }.first?.error == "пост удалён")
        // Posted later anyway: answered again.
        try fixture.outbox().markPosted(outboxID: second.outboxID)
        #expect(try fixture.item(comment.id).status == .answered)

        let actions = try fixture.database.reader.read { try AuditLog.fetch($0, actor: "demo").map(\.action) }
        #expect(actions == ["reply", "reply", "reply.posted", "reply.failed", "reply.posted"])
    }

    @Test func onlyStaffOfThePageMayMarkReplies() throws {
        let fixture = try ReplyFixture()
        let message = try fixture.openItem(.message)
        let sent = try fixture.actions().send(ReplyRequest(itemID: message.id, text: "Здравствуйте! Книга продлена."))
        #expect(throws: AccessDenied.self) { try fixture.outbox(fixture.outsider).markPosted(outboxID: sent.outboxID) }
        #expect(throws: ReplyRefusal.unknownOutboxEntry(424_242)) { try fixture.outbox().markPosted(outboxID: 424_242) }
    }
}
