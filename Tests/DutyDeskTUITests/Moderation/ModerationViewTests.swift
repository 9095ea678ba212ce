import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import Testing

/// The blocks panel and the block form as screens, on the scripted scene's clock
/// (Monday 2026-11-09 15:00 Moscow).
@Suite struct ModerationViewTests {
    static let now = Int64(InboxScene.now.timeIntervalSince1970)

    static func entry(_ block: BlockRecord) -> BlockEntry {
        BlockEntry(block: block, pageName: block.pageID == "lib-vk" ? "Библиотека № 1 — ВКонтакте" : "Библиотека № 1 — Telegram",
                   timeZone: InboxScene.moscow, state: block.state(at: now))
    }

    /// A week's block with a comment, a permanent one from VK, one lifted, one expired.
    static let entries: [BlockEntry] = [
        entry(BlockRecord(id: 7, pageID: "lib-vk", userID: 266_901_473, userName: "Виктор Рогожин", reason: .offtopic,
                          comment: "про дорогу", fromAt: now - 3600, untilAt: now - 3600 + 7 * 86_400, blockedBy: "belova")),
        entry(BlockRecord(id: 5, pageID: "lib-tg", userID: 7_900_112_345, userName: "Денис\u{1B}[2J Нейронов", reason: .spam,
                          fromAt: now - 86_400, untilAt: nil, blockedBy: "vk", source: .vk)),
        entry(BlockRecord(id: 3, pageID: "lib-vk", userID: 333_870_215, userName: "Олег Шмаков", reason: .insult,
                          fromAt: now - 10 * 86_400, untilAt: now + 20 * 86_400, blockedBy: "morozov",
                          unblockedAt: now - 2 * 86_400, unblockedBy: "belova", unblockNote: "извинился")),
        entry(BlockRecord(id: 2, pageID: "lib-tg", userID: 876_214_093, userName: nil, reason: .advertising,
                          fromAt: now - 30 * 86_400, untilAt: now - 86_400, blockedBy: "belova")),
    ]

    func panel(scope keys: String = "") throws -> AppRuntime {
        let runtime = InboxScene.runtime()
        runtime.send(.key(.character("5")))
        runtime.send(.moderation(.blocksLoaded(Self.entries)))
        for key in try KeyNotation.parse(keys) { runtime.send(.key(key)) }
        return runtime
    }

    @Test func blocksPanelShowsCurrentBlocksWithTheTimeLeft() throws {
        let runtime = try panel()
        let text = ScreenView.render(runtime.state).plainText
        try Golden.check(text, "blocks-100x30-ru")
        #expect(text.contains("6 д 23 ч"))
        #expect(text.contains("навсегда"))
        #expect(!text.contains("Олег Шмаков"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func at60ColumnsTheTimeLeftAndWhoBlockedStay() throws {
        let runtime = InboxScene.runtime(width: 60, height: 15)
        runtime.send(.key(.character("5")))
        runtime.send(.moderation(.blocksLoaded(Self.entries)))
        let text = ScreenView.render(runtime.state).plainText
        let row = try #require(text.split(separator: "\n").first { $0.contains("Виктор Рогожин") })
        #expect(row.contains("6 д 23 ч"))
        #expect(row.contains("belova"))
        #expect(row.contains("2026-11-16 14:00"))
        #expect(text.contains("Осталось") && text.contains("Кто"))
    }

    @Test func pastBlocksAndThePageFilter() throws {
        let past = ScreenView.render(try panel(scope: "s").state).plainText
        #expect(past.contains("снята") && past.contains("истекла"))
        #expect(past.contains("Олег Шмаков") && !past.contains("Виктор Рогожин"))
        #expect(past.contains("Снята 2026-11-07 15:00 (belova) — извинился"))
        // p: every page → kids-vk → lib-tg: only lib-tg's blocks.
        let libTG = ScreenView.render(try panel(scope: "s s p p").state).plainText
        #expect(libTG.contains("lib-tg ·") || libTG.contains("— lib-tg"))
        #expect(!libTG.contains("Виктор Рогожин") && libTG.contains("Нейронов"))
    }

    @Test func reasonsAndVKNotesReadInTheScreensLanguage() throws {
        let current = ScreenView.render(try panel().state).plainText
        // The reason column: short names, not the codes (those are for --json).
        #expect(current.contains("не по теме") && current.contains("спам"))
        #expect(!current.contains("offtopic") && !current.contains(" spam "))
        var vkLifted = Self.entries
        vkLifted[2] = Self.entry(BlockRecord(id: 3, pageID: "lib-vk", userID: 333_870_215, userName: "Олег Шмаков",
                                             reason: .insult, fromAt: Self.now - 10 * 86_400, untilAt: Self.now + 20 * 86_400,
                                             blockedBy: "morozov", unblockedAt: Self.now - 2 * 86_400, unblockedBy: "vk:9",
                                             unblockNote: BlockNote.unblockedInVK.rawValue))
        let runtime = InboxScene.runtime()
        for key in try KeyNotation.parse("5 s") { runtime.send(.key(key)) }
        runtime.send(.moderation(.blocksLoaded(vkLifted)))
        let past = ScreenView.render(runtime.state).plainText
        #expect(past.contains("Снята 2026-11-07 15:00 (vk:9) — разблокирован в ВК"))
        #expect(past.contains("оскорбление") && past.contains("реклама"))
        #expect(!past.contains("unblocked in VK") && !past.contains("advertising"))
    }

    @Test func timeLeftCountsFromTheScreensClock() throws {
        let runtime = try panel()
        var state = runtime.state
        state.now = InboxScene.now.addingTimeInterval(6 * 86_400 + 22 * 3600 + 60)
        #expect(ScreenView.render(state).plainText.contains("59 мин"))
        // At its end exactly the block is no longer current.
        state.now = InboxScene.now.addingTimeInterval(7 * 86_400 - 3600)
        #expect(!ScreenView.render(state).plainText.contains("Виктор Рогожин"))
    }

    @Test func unblockFromThePanelAsksForANoteAndAConfirmation() throws {
        let runtime = try panel()
        var state = runtime.state
        _ = Update.apply(.key(.character("u")), to: &state)
        guard case .unblock(let form)? = state.moderation.form else { Issue.record("no unblock form"); return }
        #expect(form.user == BlockedUser(pageID: "lib-vk", userID: 266_901_473, name: "Виктор Рогожин"))
        #expect(Update.apply(.key(.enter), to: &state).isEmpty)
        #expect(ScreenView.render(state).plainText.contains("Снять блокировку сейчас? y — да, n — назад"))
        #expect(Update.apply(.key(.character("y")), to: &state)
                == [.moderation(.unblockUser(pageID: "lib-vk", userID: 266_901_473, note: ""))])
    }

    @Test func blockFormAtItsConfirmation() throws {
        let runtime = InboxScene.runtime()
        for key in try KeyNotation.parse("j j j b 4 Enter Enter") { runtime.send(.key(key)) }
        for character in "про дорогу" { runtime.send(.key(.character(character))) }
        runtime.send(.key(.enter))
        try Golden.check(ScreenView.render(runtime.state).plainText, "block-form-100x30-ru")
    }
}
