import DutyDeskCore
@testable import DutyDeskStore
import Foundation
import Testing

/// A dry run (`prepare`) answers like the send would: the same role check, and a value for a
/// field the templates do not have is refused instead of silently dropped.
@Suite struct ReplyPrepareTests {
    @Test func aDryRunChecksTheRoleLikeTheSend() throws {
        let fixture = try ReplyFixture()
        let message = try fixture.openItem(.message)
        let request = ReplyRequest(itemID: message.id, text: "Здравствуйте! Книга есть.")
        #expect(throws: AccessDenied.self) { try fixture.actions(fixture.outsider).prepare(request) }
        #expect(throws: AccessDenied.self) {
            try ReplyActions(database: fixture.database, actor: nil, now: fixture.now, catalog: ShippedTemplates.catalog)
                .prepare(request)
        }
        #expect(try fixture.actions().prepare(request).text == "Здравствуйте! Книга есть.")
    }

    @Test func aFieldTheTemplatesDoNotHaveIsRefusedNamingTheKnownOnes() throws {
        let fixture = try ReplyFixture()
        let message = try fixture.openItem(.message)
        let bogus = ReplyRequest(itemID: message.id, templateIDs: ["renewal-done"], fields: ["Bogus": "1"])
        #expect(throws: ReplyRefusal.self) { try fixture.actions().prepare(bogus) }
        #expect(throws: ReplyRefusal.self) { try fixture.actions().send(bogus) }
        do {
            _ = try fixture.actions().prepare(bogus)
        } catch let ReplyRefusal.unknownFields(names, known) {
            #expect(names == ["Bogus"])
            #expect(known.contains("Название издания"))
            #expect(known.contains("Новый срок возврата"))
            #expect(known.contains("reader.first_name"))
        }
        // Known names are matched without case and extra spaces; a context value may be corrected.
        let filled = ReplyRequest(itemID: message.id, templateIDs: ["renewal-done"],
                                  fields: ["название  издания": "Война и мир", "reader.first_name": "Анна"])
        let prepared = try fixture.actions().prepare(filled)
        #expect(prepared.text.contains("«Война и мир»"))
        #expect(prepared.text.contains("Анна"))
        // Free text has no fields at all.
        #expect(throws: ReplyRefusal.unknownFields(["Дата"], known: [])) {
            try fixture.actions().prepare(ReplyRequest(itemID: message.id, fields: ["Дата": "1"], text: "Здравствуйте!"))
        }
    }

    @Test func aFreeTextReplyRecordsTheChosenCategoryAndClassifiesTheItem() throws {
        let fixture = try ReplyFixture()
        let unclassified = try fixture.database.reader.read { db in
            try InboxQuery.entries(db, now: fixture.now, filter: .init(pageIDs: ["cbs-vk", "okhta-vk"]))
                .first { $0.category == nil && $0.kind == "message" }
        }
        let entry = try #require(unclassified)
        let sent = try fixture.actions().send(ReplyRequest(itemID: entry.id, text: "Здравствуйте! Книга есть в наличии.",
                                                           category: .consultation))
        #expect(sent.prepared.category == .consultation)
        #expect(sent.prepared.freeForm)
        #expect(try fixture.item(entry.id).category == .consultation)
        let outbox = try fixture.database.reader.read { try OutboxQuery.entries($0) }
        #expect(outbox.first { $0.id == sent.outboxID }?.category == .consultation)
    }
}
