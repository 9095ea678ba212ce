import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

struct DraftStoreTests {
    @Test func aDraftSurvivesClosingTheDatabaseAndComesBackForTheItem() throws {
        let fixture = try ReplyFixture()
        let entry = try fixture.openItem(.message)
        try fixture.database.writer.write { db in
            _ = try DraftStore.save(db, itemID: entry.id, text: "Здравствуйте! Ваша книга 📚 продлена до",
                                templateIDs: ["renewal-done"], by: fixture.demo, at: fixture.now)
        }
        // A new connection, as a new dutydesk process after a crash would open.
        let reopened = try DutyDeskDatabase.open(path: fixture.path)
        let draft = try #require(try reopened.reader.read { try DraftStore.load($0, itemID: entry.id) })
        #expect(draft.text == "Здравствуйте! Ваша книга 📚 продлена до")
        #expect(draft.templateIDs == ["renewal-done"])
        #expect(draft.username == "demo")
    }

    @Test func aColleaguesDraftIsNeverOverwrittenSilently() throws {
        let fixture = try ReplyFixture()
        let entry = try fixture.openItem(.message)
        let colleague = try fixture.database.reader.read { try OperatorDirectory.find($0, username: "gromov")! }
        try fixture.database.writer.write { db in
            _ = try DraftStore.save(db, itemID: entry.id, text: "Черновик Громова", by: colleague, at: fixture.now)
        }
        #expect(throws: DraftHeldByColleague.self) {
            try fixture.database.writer.write { db in
                _ = try DraftStore.save(db, itemID: entry.id, text: "Мой текст", by: fixture.demo, at: fixture.now)
            }
        }
        try fixture.database.writer.write { db in
            _ = try DraftStore.save(db, itemID: entry.id, text: "Мой текст", by: fixture.demo, at: fixture.now, takingOver: true)
        }
        #expect(try fixture.database.reader.read { try DraftStore.load($0, itemID: entry.id) }?.username == "demo")
    }

    @Test func emptyDraftsAreDeletedAndOutsidersRefused() throws {
        let fixture = try ReplyFixture()
        let entry = try fixture.openItem(.message)
        try fixture.database.writer.write { db in
            _ = try DraftStore.save(db, itemID: entry.id, text: "Текст", by: fixture.demo, at: fixture.now)
            _ = try DraftStore.save(db, itemID: entry.id, text: "  \n", by: fixture.demo, at: fixture.now)
        }
        #expect(try fixture.database.reader.read { try DraftStore.load($0, itemID: entry.id) } == nil)
        #expect(throws: AccessDenied.self) {
            try fixture.database.writer.write { db in
                _ = try DraftStore.save(db, itemID: entry.id, text: "Текст", by: fixture.outsider, at: fixture.now)
            }
        }
    }

    @Test func sendingRemovesOnlyTheSendersOwnDraft() throws {
        let fixture = try ReplyFixture()
        let mine = try fixture.openItem(.message)
        try fixture.database.writer.write { db in
            _ = try DraftStore.save(db, itemID: mine.id, text: "Здравствуйте! Книга продлена.", by: fixture.demo, at: fixture.now)
        }
        _ = try fixture.actions().send(ReplyRequest(itemID: mine.id, text: "Здравствуйте! Книга продлена."))
        #expect(try fixture.database.reader.read { try DraftStore.load($0, itemID: mine.id) } == nil)

        let theirs = try fixture.openItem(.comment)
        let colleague = try fixture.database.reader.read { try OperatorDirectory.find($0, username: "gromov")! }
        try fixture.database.writer.write { db in
            _ = try DraftStore.save(db, itemID: theirs.id, text: "Пишу подробный ответ…", by: colleague, at: fixture.now)
        }
        _ = try fixture.actions().send(ReplyRequest(itemID: theirs.id, text: "Здравствуйте! Спасибо за отзыв."))
        #expect(try fixture.database.reader.read { try DraftStore.load($0, itemID: theirs.id) }?.username == "gromov")
    }
}
