import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

struct DeleteCommentTests {
    @Test func theCommentIsMarkedDeletedWithItsReasonAndItsTextStays() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Виктор Рогожин")
        let text = try demo.messages(of: item)[0].text
        let deletion = try demo.actions(as: "gromov").deleteComment(itemID: item, reason: .offtopic)
        let stored = try demo.messages(of: item)[0]
        #expect(stored.text == text)
        #expect(stored.deletedAt == demo.nowSeconds && stored.deletedBy == "gromov" && stored.deleteReason == "offtopic")
        #expect(deletion.message == stored)
        #expect(deletion.block == nil)
        // Nothing of the reader's is left waiting: the item is closed, not left open without a deadline.
        #expect(deletion.closedItem)
        let record = try demo.item(item)
        #expect(record.status == .closed && record.deadlineAt == nil)
        #expect(record.closedReason == "Комментарий удалён (offtopic: комментарии на темы, не относящиеся к профилю деятельности отдела)")
        #expect(try demo.audit().map(\.action) == ["comment.delete", "item.close"])
        #expect(!(try demo.openInbox()).contains { $0.id == item })
    }

    @Test func theAuthorCanBeBlockedInTheSameStepForTheSameReason() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Виктор Рогожин")
        let deletion = try demo.actions(as: "demo").deleteComment(
            itemID: item, reason: .offtopic, blockFor: .span(count: 3, unit: .day), blockComment: "дорога")
        let block = try #require(deletion.block)
        #expect(block.userID == 266_901_473 && block.reason == .offtopic && block.comment == "дорога")
        #expect(block.untilAt == demo.nowSeconds + 3 * 86_400)
        #expect(!deletion.authorWasBlockedAlready)
        #expect(try demo.audit().map(\.action) == ["comment.delete", "item.close", "block"])
    }

    @Test func anAuthorBlockedAlreadyKeepsTheirBlockAndTheCommentStillGoes() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Виктор Рогожин")
        let existing = try demo.actions(as: "demo").block(.init(pageID: "cbs-vk", userID: 266_901_473, reason: .insult,
                                                                term: .permanent))
        let deletion = try demo.actions(as: "demo").deleteComment(itemID: item, reason: .offtopic,
                                                                  blockFor: .span(count: 1, unit: .day))
        #expect(deletion.block == existing && deletion.authorWasBlockedAlready)
        #expect(deletion.message.deletedAt != nil)
    }

    @Test func aCriticalRemarkIsNotDeletedAndNothingChanges() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Андрей Колесников")
        let refusal = #expect(throws: ModerationRefusal.self) {
            try demo.actions(as: "demo").deleteComment(itemID: item, reason: .insult, blockFor: .permanent)
        }
        #expect(refusal?.clause == .criticalRemarksAreAnswered)
        #expect(refusal?.message.ru.contains("«Критические комментарии пользователей") == true)
        #expect(try demo.messages(of: item).allSatisfy { $0.deletedAt == nil })
        #expect(try demo.item(item).status == .open)
        #expect(try demo.audit().isEmpty)
        #expect(try demo.blocks(page: "cbs-vk", user: 305_118_402).isEmpty)
    }

    @Test func aPrivateMessageIsNotDeleted() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Зинаида Фомичёва")
        #expect(throws: ModerationRefusal(.onlyCommentsCanBeDeleted)) {
            try demo.actions(as: "demo").deleteComment(itemID: item, reason: .offtopic)
        }
    }

    @Test func aReasonIsRequired() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Виктор Рогожин")
        #expect(throws: ModerationRefusal(.deleteNeedsReason)) {
            try demo.actions(as: "demo").deleteComment(itemID: item, reason: nil)
        }
    }

    @Test func withSeveralCommentsTheAdministratorSaysWhichAndTheItemStaysOpen() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Виктор Рогожин")
        try demo.addComment(to: item, key: "extra-1", text: "и ещё про дорогу", at: demo.nowSeconds - 60)
        let ids = try demo.messages(of: item).map { $0.id! }
        #expect(throws: ModerationRefusal(.chooseMessage(candidates: ids))) {
            try demo.actions(as: "demo").deleteComment(itemID: item, reason: .offtopic)
        }
        let deletion = try demo.actions(as: "demo").deleteComment(itemID: item, messageID: ids[1], reason: .offtopic)
        #expect(!deletion.closedItem)
        let record = try demo.item(item)
        #expect(record.status == .open && record.deadlineAt != nil)
        #expect(record.preview != "и ещё про дорогу")
    }

    @Test func anAdministratorOfAnotherPageIsRefused() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Виктор Рогожин")   // cbs-vk
        #expect(throws: AccessDenied.self) { try demo.actions(as: "fedorova").deleteComment(itemID: item, reason: .offtopic) }
        #expect(throws: ItemNotFound(itemID: 999_999)) {
            try demo.actions(as: "orlova").deleteComment(itemID: 999_999, reason: .offtopic)
        }
    }
}
