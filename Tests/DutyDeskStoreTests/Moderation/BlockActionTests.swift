import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

struct BlockActionTests {
    static let rogozhin: Int64 = 266_901_473   // cbs-vk, an off-topic comment, open

    @Test func aBlockRecordsPageUserReasonTermWhoAndComment() throws {
        let demo = try ModerationFixture()
        let block = try demo.actions(as: "gromov").block(.init(
            pageID: "cbs-vk", userID: Self.rogozhin, reason: .offtopic, term: .span(count: 1, unit: .week),
            comment: "  третий раз про дорогу  "))
        #expect(block.pageID == "cbs-vk")
        #expect(block.userName == "Виктор Рогожин")   // from the reader's item
        #expect(block.reason == .offtopic)
        #expect(block.fromAt == demo.nowSeconds)
        #expect(block.untilAt == demo.nowSeconds + 7 * 86_400)
        #expect(block.blockedBy == "gromov")
        #expect(block.comment == "третий раз про дорогу")
        #expect(block.source == .dutydesk)
        #expect(try demo.blocks(page: "cbs-vk", user: Self.rogozhin) == [block])
        let entry = try #require(try demo.audit().last)
        #expect(entry.action == "block" && entry.actor == "gromov" && entry.pageID == "cbs-vk")
        #expect(entry.details["reason"] == "offtopic")
        #expect(entry.details["until"] == "2026-11-17T12:00:00Z")
        #expect(entry.details["user_id"] == String(Self.rogozhin))
    }

    @Test func aPermanentBlockHasNoEnd() throws {
        let demo = try ModerationFixture()
        let block = try demo.actions(as: "orlova").block(.init(pageID: "okhta-vk", userID: 1, reason: .spam, term: .permanent))
        #expect(block.untilAt == nil)
        #expect(try demo.audit().last?.details["until"] == "permanent")
    }

    @Test func anAdministratorBlocksOnlyOnTheirPagesAndNothingIsWritten() throws {
        let demo = try ModerationFixture()
        let before = try demo.audit().count
        let denied = #expect(throws: AccessDenied.self) {
            try demo.actions(as: "gromov").block(.init(pageID: "okhta-vk", userID: 5, reason: .spam, term: .permanent))
        }
        #expect(denied?.message.en == "Not allowed to block users on page okhta-vk: gromov has no role on this page.")
        #expect(throws: AccessDenied.self) {
            try demo.actions(as: nil).block(.init(pageID: "cbs-vk", userID: 5, reason: .spam, term: .permanent))
        }
        #expect(try demo.blocks(page: "okhta-vk", user: 5).isEmpty)
        #expect(try demo.audit().count == before)
    }

    @Test func aTermBeyondAYearIsRefusedBeforeAnythingIsWritten() throws {
        let demo = try ModerationFixture()
        #expect(throws: BlockTermProblem.self) {
            try demo.actions(as: "demo").block(.init(pageID: "cbs-vk", userID: 5, reason: .spam, term: .span(count: 2, unit: .year)))
        }
        #expect(try demo.blocks(page: "cbs-vk", user: 5).isEmpty)
    }

    @Test func aBlockedUserIsNotBlockedTwiceButUnblockUndoesIt() throws {
        let demo = try ModerationFixture()
        let actions = try demo.actions(as: "demo")
        let first = try actions.block(.init(pageID: "cbs-vk", userID: 9, reason: .insult, term: .span(count: 1, unit: .day)))
        let refusal = #expect(throws: ModerationRefusal.self) {
            try actions.block(.init(pageID: "cbs-vk", userID: 9, reason: .insult, term: .permanent))
        }
        #expect(refusal?.message.ru == "Пользователь уже заблокирован до 2026-11-11 15:00; чтобы изменить срок, сначала разблокируйте.")
        let lifted = try actions.unblock(pageID: "cbs-vk", userID: 9, note: "извинился")
        #expect(lifted.id == first.id)
        #expect(lifted.unblockedAt == demo.nowSeconds && lifted.unblockedBy == "demo" && lifted.unblockNote == "извинился")
        #expect(try demo.audit().last?.action == "unblock")
        #expect(throws: ModerationRefusal(.notBlocked)) { try actions.unblock(pageID: "cbs-vk", userID: 9, note: nil) }
        try actions.block(.init(pageID: "cbs-vk", userID: 9, reason: .insult, term: .permanent))
        #expect(try demo.blocks(page: "cbs-vk", user: 9).count == 2)
    }

    @Test func aBlockOnOnePageIsNotABlockOnAnother() throws {
        let demo = try ModerationFixture()
        try demo.actions(as: "orlova").block(.init(pageID: "cbs-vk", userID: 9, reason: .spam, term: .permanent))
        #expect(throws: ModerationRefusal(.notBlocked)) {
            try demo.actions(as: "orlova").unblock(pageID: "okhta-vk", userID: 9, note: nil)
        }
    }

    @Test func itemsOfABlockedAuthorStayInTheInboxMarkedAndLast() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Виктор Рогожин")
        let before = try demo.openInbox()
        #expect(before.firstIndex { $0.id == item }! < before.count - 5)
        try demo.actions(as: "demo").block(.init(pageID: "cbs-vk", userID: Self.rogozhin, reason: .offtopic,
                                                 term: .span(count: 1, unit: .day)))
        let after = try demo.openInbox()
        #expect(after.count == before.count, "3.4: every message is still read")
        #expect(after.last?.id == item)
        #expect(after.last?.authorBlocked == true)
        #expect(after.dropLast().allSatisfy { !$0.authorBlocked })
        #expect(after.dropLast().map(\.id) == before.map(\.id).filter { $0 != item })
    }

    @Test func aBlockEndsByItselfExactlyAtItsEnd() throws {
        let demo = try ModerationFixture()
        let item = try demo.itemID(by: "Виктор Рогожин")
        let block = try demo.actions(as: "demo").block(.init(pageID: "cbs-vk", userID: Self.rogozhin, reason: .offtopic,
                                                             term: .span(count: 12, unit: .hour)))
        let end = Date(timeIntervalSince1970: TimeInterval(block.untilAt!))
        let lastSecond = end.addingTimeInterval(-1)
        #expect(try demo.openInbox(at: lastSecond).first { $0.id == item }?.authorBlocked == true)
        #expect(try demo.openInbox(at: end).first { $0.id == item }?.authorBlocked == false)
        let inForce = try demo.database.reader.read { try BlockQuery.entries($0, now: lastSecond) }
        #expect(inForce.first { $0.block.id == block.id }?.remainingSeconds == 1)
        let atEnd = try demo.database.reader.read { try BlockQuery.entries($0, now: end) }
        #expect(!atEnd.contains { $0.block.id == block.id })
        #expect(try demo.database.reader.read {
            try BlockLedger.active($0, pageID: "cbs-vk", userID: Self.rogozhin, at: block.untilAt!)
        } == nil)
        // Nothing ran at the end: the row is as it was written.
        #expect(try demo.blocks(page: "cbs-vk", user: Self.rogozhin).first?.unblockedAt == nil)
    }
}
