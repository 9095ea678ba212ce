import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// A block made in VK names only the user's id; the name comes from what the user wrote on
/// the same page, and only when nothing is known the id is shown.
struct BlockUserNamesTests {
    static let rogozhin: Int64 = 266_901_473

    /// A block with no name, as a database written before names were looked up holds it.
    @discardableResult
    func nameless(_ demo: ModerationFixture, page: String, user: Int64) throws -> BlockRecord {
        try demo.database.writer.write { db in
            try BlockLedger.insert(db, .init(pageID: page, userID: user, reason: nil, fromAt: demo.nowSeconds - 60,
                                             untilAt: nil, blockedBy: "vk:777", source: .vk))
        }
    }

    @Test func aVKBlockIsRecordedWithTheNameTheReaderWroteUnderOnThatPage() throws {
        let demo = try ModerationFixture()
        let event = VKUserBlock(adminID: 777, userID: Self.rogozhin, unblockDate: 0, reasonCode: 1, comment: nil)
        let block = try demo.database.writer.write { try BlockLedger.record($0, event, pageID: "cbs-vk", at: demo.nowSeconds) }
        #expect(block.userName == "Виктор Рогожин")
        // On a page where he never wrote, nobody knows his name there.
        let elsewhere = try demo.database.writer.write { try BlockLedger.record($0, event, pageID: "okhta-vk", at: demo.nowSeconds) }
        #expect(elsewhere.userName == nil)
    }

    @Test func theBlocksListNamesOlderNamelessBlocksAndFallsBackToTheID() throws {
        let demo = try ModerationFixture()
        try nameless(demo, page: "cbs-vk", user: Self.rogozhin)
        try nameless(demo, page: "cbs-vk", user: 42)
        let entries = try demo.database.reader.read { try BlockQuery.entries($0, now: demo.now) }
        #expect(entries.first { $0.block.userID == Self.rogozhin }?.block.userName == "Виктор Рогожин")
        #expect(entries.first { $0.block.userID == 42 }?.block.userName == nil)
        // The found name is searchable like a stored one.
        let found = try demo.database.reader.read {
            try BlockQuery.entries($0, now: demo.now, filter: .init(text: "рогожин"))
        }
        #expect(found.map(\.block.userID) == [Self.rogozhin])
    }

    @Test func aReaderWhoOnlyRepliedInAnotherThreadIsNamedFromTheirMessage() throws {
        let demo = try ModerationFixture()
        let itemID = try demo.itemID(by: "Виктор Рогожин")
        try demo.database.writer.write { db in
            _ = try ItemWriter.add(db, .init(itemID: itemID, pageID: "cbs-vk", direction: .incoming, platformKey: "names-reply",
                                             authorID: 500_000_001, authorName: "Наталья Вишневская", text: "поддерживаю",
                                             sentAt: demo.nowSeconds - 120, rawJSON: "{}"))
        }
        try nameless(demo, page: "cbs-vk", user: 500_000_001)
        let entries = try demo.database.reader.read { try BlockQuery.entries($0, now: demo.now) }
        #expect(entries.first { $0.block.userID == 500_000_001 }?.block.userName == "Наталья Вишневская")
    }

    @Test func unblockingANamelessBlockNamesTheReaderInTheResult() throws {
        let demo = try ModerationFixture()
        try nameless(demo, page: "cbs-vk", user: Self.rogozhin)
        let lifted = try demo.actions(as: "gromov").unblock(pageID: "cbs-vk", userID: Self.rogozhin, note: nil)
        #expect(lifted.userName == "Виктор Рогожин")
    }
}
