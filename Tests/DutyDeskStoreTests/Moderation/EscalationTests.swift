import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

struct EscalationTests {
    static let complainant = "Галина Воронцова"   // okhta-vk, a complaint not yet escalated

    @Test func theEscalationIsRecordedAndTheMailWrittenBesideTheDatabase() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: Self.complainant)
        let escalation = try demo.actions(as: "demo").escalate(itemID: item, environment: [:])
        #expect(escalation.delivery == nil)
        #expect(escalation.path.hasPrefix(demo.folder.path + "/outbox-mail/escalation-item\(item)-20261110T120000Z"))
        #expect(try String(contentsOfFile: escalation.path, encoding: .utf8) == escalation.mail.messageText)
        #expect(try DatabaseLayerFixture.mode(ofPath: escalation.path) == 0o600)
        #expect(escalation.mail.to == "Кузнецова М. А. <head-okhta@example.org>")
        #expect(escalation.mail.body.contains("> Почему на двери не написано"))
        #expect(escalation.mail.body.contains("Ссылка: https://vk.com/gim210000002?sel=405290617"))
        #expect(escalation.mail.body.contains("Передал(а): Демидова Ксения (demo), 2026-11-10 15:00 (Europe/Moscow)"))
        #expect(escalation.mail.messageText.contains("\nReply-To: "))
        let record = try demo.item(item)
        #expect(record.escalatedAt == demo.nowSeconds && record.escalatedBy == "demo")
        #expect(try demo.openInbox().first { $0.id == item }?.isEscalated == true)
        let entry = try #require(try demo.audit().last)
        #expect(entry.action == "item.escalate" && entry.itemID == item)
        #expect(entry.details["to"] == "head-okhta@example.org" && entry.details["mail_file"] == escalation.path)
    }

    @Test func aConfiguredMailCommandReceivesTheWholeMessage() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: Self.complainant)
        let received = demo.folder.appendingPathComponent("received.eml").path
        let escalation = try demo.actions(as: "fedorova").escalate(
            itemID: item, environment: ["DUTYDESK_MAIL_COMMAND": "cat > '\(received)'"])
        #expect(escalation.delivery == .sent(command: "cat > '\(received)'"))
        #expect(try String(contentsOfFile: received, encoding: .utf8) == escalation.mail.messageText)
        #expect(try demo.audit().map(\.action) == ["item.escalate", "item.escalate.mail"])
        #expect(try demo.audit().last?.details["outcome"] == "sent")
    }

    @Test func aFailingMailCommandLeavesTheEscalationAndTheFile() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: Self.complainant)
        let escalation = try demo.actions(as: "demo").escalate(
            itemID: item, environment: ["DUTYDESK_MAIL_COMMAND": "cat >/dev/null; echo 'no relay' >&2; exit 3"])
        #expect(escalation.delivery == .failed(command: "cat >/dev/null; echo 'no relay' >&2; exit 3",
                                               reason: "exit status 3: no relay"))
        #expect(FileManager.default.fileExists(atPath: escalation.path))
        #expect(try demo.item(item).escalatedAt != nil)
        #expect(try demo.audit().last?.details["outcome"] == "failed")
    }

    @Test func theOrganisationsMailCommandIsUsedOnlyOnAPrivateDatabase() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: Self.complainant)
        let received = demo.folder.appendingPathComponent("org.eml").path
        try demo.database.writer.write { try MailSettings.setCommand($0, "cat > '\(received)'") }
        try FileManager.default.setAttributes([.posixPermissions: 0o660], ofItemAtPath: demo.database.path)
        let shared = try demo.actions(as: "demo").escalate(itemID: item, environment: [:])
        #expect(shared.delivery == nil && shared.ignoredSharedMailCommand)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: demo.database.path)
        let own = try demo.actions(as: "demo").escalate(itemID: item, again: true, environment: [:])
        #expect(own.delivery == .sent(command: "cat > '\(received)'"))
        #expect(own.path != shared.path)
    }

    @Test func onlyAComplaintIsEscalatedAndOnlyOnceUnlessAskedAgain() throws {
        let demo = try ModerationFixture()
        let critical = try demo.itemID(by: "Андрей Колесников")
        let refusal = #expect(throws: ModerationRefusal.self) {
            try demo.actions(as: "demo").escalate(itemID: critical, environment: [:])
        }
        #expect(refusal?.message.ru.contains("п. 3.7 регламента: «Все жалобы") == true)
        let escalated = try demo.itemID(by: "Тамара Белякова")   // escalated in the demo already
        #expect(throws: ModerationRefusal.self) { try demo.actions(as: "demo").escalate(itemID: escalated, environment: [:]) }
        try demo.actions(as: "demo").escalate(itemID: escalated, again: true, environment: [:])
        let folder = MailOutbox.folder(forDatabaseAt: demo.database.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
    }

    @Test func anAdministratorOfAnotherPageCannotEscalate() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: Self.complainant)
        #expect(throws: AccessDenied.self) { try demo.actions(as: "gromov").escalate(itemID: item, environment: [:]) }
        #expect(try demo.item(item).escalatedAt == nil)
        #expect(!FileManager.default.fileExists(atPath: MailOutbox.folder(forDatabaseAt: demo.database.path)))
    }

    @Test func aDepartmentWithoutAHeadAddressIsRefusedAndNothingIsRecorded() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: Self.complainant)
        try demo.database.writer.write { try $0.execute(sql: "UPDATE departments SET head_email = NULL WHERE id = 'okhta'") }
        #expect(throws: ModerationRefusal(.noHeadEmail(departmentID: "okhta"))) {
            try demo.actions(as: "demo").escalate(itemID: item, environment: [:])
        }
        #expect(try demo.item(item).escalatedAt == nil)
    }
}
