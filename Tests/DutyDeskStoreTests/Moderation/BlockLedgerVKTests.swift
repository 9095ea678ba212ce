import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// VK `user_block` / `user_unblock` events update the same block records as dutydesk's actions.
struct BlockLedgerVKTests {
    @Test func aVKBlockIsRecordedWithItsMappedReasonAndComment() throws {
        let demo = try ModerationFixture()
        let at = demo.nowSeconds
        let event = VKUserBlock(adminID: 777, userID: 42, unblockDate: at + 86_400, reasonCode: 3, comment: "мат")
        let block = try demo.database.writer.write { try BlockLedger.record($0, event, pageID: "cbs-vk", at: at) }
        #expect(block.source == .vk && block.reason == .insult && block.comment == "мат")
        #expect(block.fromAt == at && block.untilAt == at + 86_400 && block.blockedBy == "vk:777")
    }

    @Test func anUnknownVKReasonIsKeptAsNoReasonWithTheComment() throws {
        let demo = try ModerationFixture()
        let event = VKUserBlock(adminID: 777, userID: 42, unblockDate: 0, reasonCode: 0, comment: "по жалобе")
        let block = try demo.database.writer.write { try BlockLedger.record($0, event, pageID: "cbs-vk", at: demo.nowSeconds) }
        #expect(block.reason == nil && block.untilAt == nil && block.comment == "по жалобе")
        #expect(try demo.database.reader.read {
            try String.fetchOne($0, sql: "SELECT reason FROM blocks WHERE id = ?", arguments: [block.id])
        } == nil)
    }

    @Test func dutydesksOwnBlockComingBackFromVKIsNotDoubled() throws {
        let demo = try ModerationFixture()
        let ours = try demo.actions(as: "demo").block(.init(pageID: "cbs-vk", userID: 42, reason: .advertising,
                                                            term: .span(count: 1, unit: .month)))
        let echo = VKUserBlock(adminID: 777, userID: 42, unblockDate: ours.untilAt! + 1, reasonCode: 1, comment: nil)
        let kept = try demo.database.writer.write { try BlockLedger.record($0, echo, pageID: "cbs-vk", at: demo.nowSeconds + 5) }
        #expect(kept == ours)
        #expect(try demo.blocks(page: "cbs-vk", user: 42).count == 1)
    }

    @Test func aDifferentVKBlockReplacesTheCurrentOne() throws {
        let demo = try ModerationFixture()
        let ours = try demo.actions(as: "demo").block(.init(pageID: "cbs-vk", userID: 42, reason: .spam,
                                                            term: .span(count: 1, unit: .day)))
        let later = demo.nowSeconds + 60
        let event = VKUserBlock(adminID: 777, userID: 42, unblockDate: 0, reasonCode: 2, comment: nil)
        let theirs = try demo.database.writer.write { try BlockLedger.record($0, event, pageID: "cbs-vk", at: later) }
        let rows = try demo.blocks(page: "cbs-vk", user: 42)
        #expect(rows.count == 2)
        #expect(rows[0].id == ours.id && rows[0].unblockedAt == later && rows[0].unblockedBy == "vk:777")
        // A code, worded in the reader's language when shown.
        #expect(rows[0].unblockNote == "vk:replaced")
        #expect(rows[0].unblockNote.map(BlockNote.display)?.ru == "заменена блокировкой, сделанной в ВК")
        #expect(rows[1] == theirs && theirs.isActive(at: later))
    }

    @Test func aVKUnblockEndsTheBlockInForce() throws {
        let demo = try ModerationFixture()
        try demo.actions(as: "demo").block(.init(pageID: "cbs-vk", userID: 42, reason: .spam, term: .permanent))
        let later = demo.nowSeconds + 3600
        let ended = try demo.database.writer.write {
            try BlockLedger.record($0, VKUserUnblock(adminID: 9, userID: 42, byEndDate: false), pageID: "cbs-vk", at: later)
        }
        #expect(ended.count == 1)
        #expect(ended[0].unblockedAt == later && ended[0].unblockedBy == "vk:9" && ended[0].unblockNote == "vk:unblocked")
        #expect(try demo.database.reader.read { try BlockLedger.active($0, pageID: "cbs-vk", userID: 42, at: later) } == nil)
    }

    @Test func anUnblockAtTheEndDateOfAnExpiredBlockChangesNothing() throws {
        let demo = try ModerationFixture()
        let block = try demo.actions(as: "demo").block(.init(pageID: "cbs-vk", userID: 42, reason: .spam,
                                                             term: .span(count: 1, unit: .day)))
        let ended = try demo.database.writer.write {
            try BlockLedger.record($0, VKUserUnblock(adminID: 9, userID: 42, byEndDate: true), pageID: "cbs-vk",
                                   at: block.untilAt!)
        }
        #expect(ended.isEmpty)
        #expect(try demo.blocks(page: "cbs-vk", user: 42) == [block])
    }
}
