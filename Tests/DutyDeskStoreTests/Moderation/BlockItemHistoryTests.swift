import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// A block or unblock done from an item is part of that item's history (`h`, `audit log
/// --item`); one made by page and user alone (the CLI's `block PAGE USER`) belongs to no item.
struct BlockItemHistoryTests {
    static let rogozhin: Int64 = 266_901_473   // cbs-vk, an off-topic comment, open

    private func history(_ demo: ModerationFixture, _ itemID: Int64) throws -> [String] {
        try demo.database.reader.read { try ItemHistoryQuery.history($0, itemID: itemID, pageIDs: nil) }.entries.map(\.action)
    }

    @Test func aBlockAndUnblockFromAnItemAreInItsHistory() throws {
        let demo = try ModerationFixture()
        let itemID = try demo.itemID(by: "Виктор Рогожин")
        let actions = try demo.actions(as: "gromov")
        try actions.block(.init(pageID: "cbs-vk", userID: Self.rogozhin, reason: .offtopic,
                                term: .span(count: 1, unit: .week), itemID: itemID))
        #expect(try demo.audit().last?.itemID == itemID)
        try actions.unblock(pageID: "cbs-vk", userID: Self.rogozhin, note: nil, itemID: itemID)
        let actionsInHistory = try history(demo, itemID)
        #expect(actionsInHistory.suffix(2) == ["block", "unblock"])
    }

    @Test func deletingAndBlockingPutsBothInTheItemsHistory() throws {
        let demo = try ModerationFixture()
        let itemID = try demo.itemID(by: "Виктор Рогожин")
        try demo.actions(as: "gromov").deleteComment(itemID: itemID, reason: .offtopic, blockFor: .permanent)
        let actionsInHistory = try history(demo, itemID)
        #expect(actionsInHistory.contains("comment.delete"))
        #expect(actionsInHistory.contains("block"))
    }

    @Test func aBlockByPageAndUserAloneBelongsToNoItem() throws {
        let demo = try ModerationFixture()
        let itemID = try demo.itemID(by: "Виктор Рогожин")
        try demo.actions(as: "gromov").block(.init(pageID: "cbs-vk", userID: Self.rogozhin, reason: .offtopic,
                                                   term: .permanent))
        let entry = try #require(try demo.audit().last)
        #expect(entry.action == "block" && entry.itemID == nil)
        #expect(!(try history(demo, itemID)).contains("block"))
    }
}
