import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

struct BlockQueryTests {
    @Test func currentBlocksComeWithTheirTimeLeftAndPastOnesOnlyWhenAsked() throws {
        let demo = try ModerationFixture()
        let demoBlocks = try demo.database.reader.read { try BlockQuery.entries($0, now: demo.now) }
        let actions = try demo.actions(as: "orlova")
        let week = try actions.block(.init(pageID: "cbs-vk", userID: 1, userName: "Первый", reason: .spam,
                                           term: .span(count: 1, unit: .week)))
        let forever = try actions.block(.init(pageID: "okhta-vk", userID: 2, reason: .insult, term: .permanent))
        let lifted = try actions.block(.init(pageID: "cbs-vk", userID: 3, reason: .advertising, term: .span(count: 1, unit: .day)))
        try actions.unblock(pageID: "cbs-vk", userID: 3, note: "ошибка")

        let later = demo.now.addingTimeInterval(3600)
        let current = try demo.database.reader.read { try BlockQuery.entries($0, now: later) }
        #expect(current.count == demoBlocks.count + 2)
        #expect(current.allSatisfy { $0.isActive })
        let weekEntry = try #require(current.first { $0.block.id == week.id })
        #expect(weekEntry.remainingSeconds == 7 * 86_400 - 3600)
        #expect(weekEntry.pageName == "ЦБС Охтинского района — ВКонтакте")
        #expect(weekEntry.timeZone.identifier == "Europe/Moscow")
        #expect(current.first { $0.block.id == forever.id }?.remainingSeconds == nil)
        #expect(!current.contains { $0.block.id == lifted.id })

        let all = try demo.database.reader.read { try BlockQuery.entries($0, now: later, filter: .init(includePast: true)) }
        #expect(all.count == current.count + 1)
        #expect(all.last?.block.id == lifted.id)
        #expect(all.last?.state == .lifted(at: demo.now))
    }

    @Test func filtersByPageUserReasonAndWords() throws {
        let demo = try ModerationFixture()
        let actions = try demo.actions(as: "orlova")
        try actions.block(.init(pageID: "cbs-vk", userID: 11, userName: "Пётр Спамов", reason: .spam, term: .permanent,
                                comment: "ссылки на казино"))
        try actions.block(.init(pageID: "okhta-vk", userID: 12, userName: "Иван Грубов", reason: .insult, term: .permanent))
        func ids(_ filter: BlockQuery.Filter) throws -> [Int64] {
            try demo.database.reader.read { try BlockQuery.entries($0, now: demo.now, filter: filter) }.map(\.block.userID)
        }
        #expect(try ids(.init(pageIDs: ["okhta-vk"])).contains(12))
        #expect(try !ids(.init(pageIDs: ["okhta-vk"])).contains(11))
        #expect(try ids(.init(userID: 11)) == [11])
        #expect(try ids(.init(reasons: [.insult])).contains(12))
        #expect(try !ids(.init(reasons: [.insult])).contains(11))
        #expect(try ids(.init(text: "КАЗИНО")) == [11])
        #expect(try ids(.init(text: "грубов okhta")) == [12])
    }

    @Test func theDemoBlocksAreListed() throws {
        let demo = try ModerationFixture()
        let entries = try demo.database.reader.read { try BlockQuery.entries($0, now: demo.now) }
        #expect(!entries.isEmpty)
        #expect(entries.allSatisfy { $0.block.source == .dutydesk && $0.remainingSeconds != nil })
    }
}
