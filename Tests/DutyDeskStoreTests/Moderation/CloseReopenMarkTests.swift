import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

struct CloseReopenMarkTests {
    @Test func closingWithAReasonTakesTheItemOutOfTheInboxAndReopeningBringsItsClockBack() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Зинаида Фомичёва")
        let deadline = try demo.item(item).deadlineAt
        #expect(deadline != nil)
        let closed = try demo.actions(as: "demo").closeItem(itemID: item, reason: " не по профилю, ответ не нужен ")
        #expect(closed.status == .closed && closed.closedReason == "не по профилю, ответ не нужен")
        #expect(closed.closedBy == "demo" && closed.closedAt == demo.nowSeconds && closed.deadlineAt == nil)
        #expect(!(try demo.openInbox()).contains { $0.id == item })
        let reopened = try demo.actions(as: "gromov").reopenItem(itemID: item)
        #expect(reopened.status == .open && reopened.deadlineAt == deadline && reopened.closedReason == nil)
        #expect(try demo.openInbox().contains { $0.id == item })
        let audit = try demo.audit()
        #expect(audit.map(\.action) == ["item.close", "item.reopen"])
        #expect(audit[1].details["was_closed_for"] == "не по профилю, ответ не нужен")
    }

    @Test func aCriticalRemarkOrAComplaintIsNotClosedQuoting36() throws {
        let demo = try ModerationFixture()
        for author in ["Андрей Колесников", "Галина Воронцова"] {
            let item = try demo.itemID(by: author)
            let refusal = #expect(throws: ModerationRefusal.self) {
                try demo.actions(as: "orlova").closeItem(itemID: item, reason: "не нужно")
            }
            #expect(refusal?.message.ru.contains("п. 3.6 регламента") == true)
            #expect(try demo.item(item).status == .open)
        }
        #expect(try demo.audit().isEmpty)
    }

    @Test func onlyAClosedItemIsReopened() throws {
        let demo = try ModerationFixture()
        #expect(throws: ModerationRefusal(.notClosed)) {
            try demo.actions(as: "demo").reopenItem(itemID: try demo.itemID(by: "Зинаида Фомичёва"))
        }
    }

    @Test func anItemWhoseCommentsAreAllDeletedIsNotReopenedByHand() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Виктор Рогожин")
        try demo.actions(as: "gromov").deleteComment(itemID: item, reason: .offtopic)
        let refusal = #expect(throws: ModerationRefusal(.nothingToAnswer)) {
            try demo.actions(as: "demo").reopenItem(itemID: item)
        }
        #expect(refusal?.message.ru.contains("п. 3.5") == true)
        #expect(try demo.item(item).status == .closed)
        #expect(try demo.audit().map(\.action) == ["comment.delete", "item.close"])
    }

    @Test func aClosedItemReopensByItselfWhenTheReaderWritesAgain() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Виктор Рогожин")
        try demo.actions(as: "demo").closeItem(itemID: item, reason: "оффтоп")
        try demo.addComment(to: item, key: "later", text: "а ответ?", at: demo.nowSeconds + 60)
        #expect(try demo.item(item).status == .open)
    }

    @Test func markingAComplaintProtectsItAndUnmarkingUndoesThat() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Зинаида Фомичёва")
        let actions = try demo.actions(as: "demo")
        #expect(try actions.setMark(.complaint, on: true, itemID: item))
        #expect(try !actions.setMark(.complaint, on: true, itemID: item), "already marked: nothing written")
        #expect(try demo.item(item).isComplaint)
        #expect(try demo.openInbox().first { $0.id == item }?.isComplaint == true)
        #expect(throws: ModerationRefusal(.protectedFromClosing(.complaint))) {
            try actions.closeItem(itemID: item, reason: "x")
        }
        #expect(try actions.setMark(.complaint, on: false, itemID: item))
        try actions.closeItem(itemID: item, reason: "не по профилю")
        #expect(try demo.audit().map(\.action) == ["item.mark", "item.unmark", "item.close"])
        #expect(try demo.audit()[0].details["mark"] == "complaint")
    }

    @Test func markingCriticalNeedsARoleOnThePage() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Зинаида Фомичёва")   // cbs-vk
        #expect(throws: AccessDenied.self) { try demo.actions(as: "fedorova").setMark(.critical, on: true, itemID: item) }
        #expect(try demo.actions(as: "orlova").setMark(.critical, on: true, itemID: item))
        #expect(try demo.item(item).isCritical)
    }
}

/// A rehearsal runs every check and write, then rolls back: what the CLI asks before confirming.
struct RehearsalTests {
    @Test func aRehearsalRefusesLikeTheRealThingAndChangesNothing() throws {
        let demo = try ModerationFixture()
        let critical = try demo.itemID(by: "Андрей Колесников")
        #expect(throws: ModerationRefusal(.protectedFromClosing(.criticalRemark))) {
            try demo.actions(as: "demo").rehearsal.closeItem(itemID: critical, reason: "x")
        }
        let item = try demo.itemID(by: "Виктор Рогожин")
        let preview = try demo.actions(as: "demo").rehearsal.deleteComment(itemID: item, reason: .offtopic,
                                                                             blockFor: .permanent)
        #expect(preview.closedItem && preview.block?.untilAt == nil)
        #expect(try demo.item(item).status == .open)
        #expect(try demo.messages(of: item).allSatisfy { $0.deletedAt == nil })
        #expect(try demo.blocks(page: "cbs-vk", user: 266_901_473).isEmpty)
        #expect(try demo.audit().isEmpty)
        let escalation = try demo.actions(as: "demo").rehearsal.escalate(itemID: try demo.itemID(by: "Галина Воронцова"),
                                                                         environment: ["DUTYDESK_MAIL_COMMAND": "false"])
        #expect(escalation.path.isEmpty && escalation.delivery == nil)
        #expect(try demo.item(try demo.itemID(by: "Галина Воронцова")).escalatedAt == nil)
    }
}
