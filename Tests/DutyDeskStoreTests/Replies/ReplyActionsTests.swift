import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

struct ReplyActionsTests {
    @Test func aReplyFromATemplateAnswersTheItemAndIsQueued() throws {
        let fixture = try ReplyFixture()
        let entry = try fixture.openItem(.message)
        let sent = try fixture.actions().send(ReplyRequest(
            itemID: entry.id, templateIDs: ["renewal-done"],
            fields: ["Название издания": "Мастер и Маргарита", "Новый срок возврата": "15 декабря"]))
        #expect(sent.itemStatus == .answered)
        #expect(sent.prepared.text.hasPrefix("Здравствуйте, \(entry.author.split(separator: " ")[0])!"))
        #expect(sent.prepared.text.contains("«Мастер и Маргарита» до 15 декабря"))
        try fixture.database.reader.read { db in
            let record = try #require(try OutboxRecord.fetchOne(db, key: sent.outboxID))
            #expect(record.status == .pending)
            #expect(record.templateIDs == ["renewal-done"])
            #expect(!record.edited && !record.freeForm && !record.personalData)
            #expect(record.createdBy == "demo")
            #expect(record.createdAt == Int64(fixture.now.timeIntervalSince1970))
            #expect(record.randomID > 0)
            #expect(record.replyToKey != nil)
            let message = try #require(try MessageRecord.fetchOne(db, key: sent.messageID))
            #expect(message.platformKey == "outbox:\(sent.outboxID)")
            #expect(message.direction == .outgoing && message.outboxID == sent.outboxID && message.rawJSON == nil)
            #expect(message.authorID == -210_000_001, "the community, as VK shows it")
            let audit = try #require(try AuditLog.fetch(db, itemID: entry.id, newestFirst: true).first)
            #expect(audit.action == "reply" && audit.actor == "demo")
            #expect(audit.details["templates"] == "renewal-done" && audit.details["edited"] == "false")
            #expect(try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM item_reads WHERE item_id = ? AND username = 'demo')",
                                      arguments: [entry.id]) == true)
        }
        let item = try fixture.item(entry.id)
        #expect(item.deadlineAt == nil && item.lastOutgoingAt == Int64(fixture.now.timeIntervalSince1970))
    }

    @Test func theForbiddenPhraseIsRefusedInACommentAndAcceptedInAMessage() throws {
        let fixture = try ReplyFixture()
        let comment = try fixture.openItem(.comment)
        let text = "Здравствуйте! Мы ответили Вам в личные сообщения."
        let refusal = #expect(throws: ReplyRefusal.self) {
            try fixture.actions().send(ReplyRequest(itemID: comment.id, text: text))
        }
        guard case .blocked(let findings)? = refusal else { Issue.record("not blocked: \(String(describing: refusal))"); return }
        #expect(findings.map(\.clause) == ["3.6"])
        #expect(refusal?.message.ru.contains("п. 3.6 регламента") == true)
        #expect(try fixture.item(comment.id).status == .open, "nothing written")
        #expect(try fixture.database.reader.read { try OutboxRecord.fetchCount($0) } == 0)

        // With the personal-data mark the same text goes.
        #expect(try fixture.actions().send(ReplyRequest(itemID: comment.id, text: text, personalData: true)).itemStatus == .answered)
        // And in a private conversation it is an ordinary sentence.
        let message = try fixture.openItem(.message)
        #expect(try fixture.actions().send(ReplyRequest(itemID: message.id, text: text)).itemStatus == .answered)
    }

    @Test func warningsNeedAConfirmation() throws {
        let fixture = try ReplyFixture()
        let entry = try fixture.openItem(.message)
        let refusal = #expect(throws: ReplyRefusal.self) {
            try fixture.actions().send(ReplyRequest(itemID: entry.id, templateIDs: ["renewal-done"]))
        }
        guard case .needsConfirmation(let findings)? = refusal else { Issue.record("\(String(describing: refusal))"); return }
        #expect(findings.map(\.ruleID) == ["unfilled-field"])
        #expect(findings.first?.excerpts == ["{{ask:Название издания}}", "{{ask:Новый срок возврата}}"])
        let tone = #expect(throws: ReplyRefusal.self) {
            try fixture.actions().send(ReplyRequest(itemID: entry.id, text: "Привет!!! Книга продлена)))"))
        }
        guard case .needsConfirmation(let toneFindings)? = tone else { Issue.record("\(String(describing: tone))"); return }
        #expect(Set(toneFindings.map(\.ruleID)) == ["familiar-greeting", "exclamation-marks", "laughter-and-emoticons"])
        let sent = try fixture.actions().send(ReplyRequest(itemID: entry.id, text: "Привет! Книга продлена.", warningsConfirmed: true))
        let audit = try fixture.database.reader.read { try AuditLog.fetch($0, itemID: entry.id, newestFirst: true).first }
        #expect(audit?.details["warnings_confirmed"] == "familiar-greeting")
        #expect(sent.prepared.freeForm)
    }

    @Test func freeFormAndEditedRepliesAreRecordedAsSuch() throws {
        let fixture = try ReplyFixture()
        let first = try fixture.openItem(.message)
        let free = try fixture.actions().send(ReplyRequest(itemID: first.id, text: "Здравствуйте! Книга ждёт Вас на абонементе."))
        #expect(free.prepared.freeForm && !free.prepared.edited)

        let comment = try fixture.openItem(.comment)
        let prepared = try fixture.actions().prepare(ReplyRequest(itemID: comment.id, templateIDs: ["gratitude-reply"]))
        #expect(!prepared.edited)
        let edited = try fixture.actions().send(ReplyRequest(
            itemID: comment.id, templateIDs: ["gratitude-reply"],
            text: prepared.text.replacingOccurrences(of: "тёплый отзыв", with: "тёплый и подробный отзыв")))
        #expect(edited.prepared.edited && !edited.prepared.freeForm)
        let records = try fixture.database.reader.read { try OutboxRecord.order(OutboxRecord.Columns.id).fetchAll($0) }
        #expect(records.map(\.freeForm) == [true, false])
        #expect(records.map(\.edited) == [false, true])
        // The item's own classification wins; an unclassified item takes the template's.
        #expect(records.last?.category == (comment.category.flatMap(RequestCategory.init(rawValue:)) ?? .gratitude))
    }

    @Test func rolesAndChannelsAreChecked() throws {
        let fixture = try ReplyFixture()
        let comment = try fixture.openItem(.comment)
        #expect(throws: AccessDenied.self) {
            try fixture.actions(fixture.outsider).send(ReplyRequest(itemID: comment.id, text: "Здравствуйте!"))
        }
        #expect(throws: AccessDenied.self) {
            try ReplyActions(database: fixture.database, actor: nil, now: fixture.now, catalog: ShippedTemplates.catalog)
                .send(ReplyRequest(itemID: comment.id, text: "Здравствуйте!"))
        }
        #expect(throws: ReplyRefusal.templateNotForChannel(id: "renewal-done", channel: .comment)) {
            try fixture.actions().send(ReplyRequest(itemID: comment.id, templateIDs: ["renewal-done"]))
        }
        #expect(throws: RenderFailure.unknownTemplate("no-such-template")) {
            try fixture.actions().send(ReplyRequest(itemID: comment.id, templateIDs: ["no-such-template"]))
        }
        #expect(throws: ReplyRefusal.unknownItem(999_999)) {
            try fixture.actions().send(ReplyRequest(itemID: 999_999, text: "Здравствуйте!"))
        }
    }

    @Test func anUnclassifiedItemTakesTheTemplatesCategory() throws {
        let fixture = try ReplyFixture()
        let unclassified = try fixture.database.reader.read { db in
            try InboxQuery.entries(db, now: fixture.now, filter: .init(pageIDs: ["cbs-vk", "okhta-vk"]))
                .first { $0.category == nil && $0.kind == "message" }
        }
        let entry = try #require(unclassified)
        _ = try fixture.actions().send(ReplyRequest(itemID: entry.id, templateIDs: ["reading-room-login-request"]))
        #expect(try fixture.item(entry.id).category == .readingRoomLogin)
    }

    @Test func anIncomingMessageAfterTheReplyStartsANewClock() throws {
        let fixture = try ReplyFixture()
        let entry = try fixture.openItem(.message)
        _ = try fixture.actions().send(ReplyRequest(itemID: entry.id, text: "Здравствуйте! Книга продлена."))
        try fixture.database.writer.write { db in
            let item = try ItemRecord.fetchOne(db, key: entry.id)!
            try ItemWriter.add(db, .init(itemID: entry.id, pageID: item.pageID, direction: .incoming, platformKey: "later",
                                         authorID: item.authorID, authorName: item.authorName, text: "Спасибо! А ещё?",
                                         sentAt: Int64(fixture.now.timeIntervalSince1970) + 60, rawJSON: "{}"))
            try ItemClock.refresh(db, itemID: entry.id, calendar: try PageCalendars.load(db, pageID: item.pageID))
        }
        #expect(try fixture.item(entry.id).status == .open)
    }
}
