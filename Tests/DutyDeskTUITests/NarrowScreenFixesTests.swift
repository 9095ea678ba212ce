import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import Testing

/// The second review's small defects: what the status bar, the header and the help say on
/// the other panels and at 100 columns.
@Suite struct NarrowScreenFixesTests {

    func statusRow(_ runtime: AppRuntime) -> String {
        let lines = ScreenView.render(runtime.state).plainText.split(separator: "\n", omittingEmptySubsequences: false)
        return String(lines[runtime.state.layout.statusRow])
    }

    @Test func aSearchResultStaysOnTheInboxOnly() throws {
        let runtime = InboxScene.runtime()
        try press(runtime, "/ z z z z Enter n")
        #expect(statusRow(runtime).contains("не найдено"))
        try press(runtime, "5")
        #expect(!statusRow(runtime).contains("не найдено"))
        #expect(!statusRow(runtime).contains("zzzz"))
        try press(runtime, "1")
        #expect(statusRow(runtime).contains("zzzz"))
    }

    @Test func theBlocksHeaderAndTitleNameTheSamePages() throws {
        let runtime = InboxScene.runtime(filter: InboxFilter(page: .mine))
        try press(runtime, "5")
        runtime.send(.moderation(.blocksLoaded([])))
        let screen = ScreenView.render(runtime.state).plainText
        #expect(screen.contains("Страница: все страницы"))
        #expect(screen.contains("Блокировки — все страницы"))
        #expect(!screen.contains("мои страницы"))
        try press(runtime, "p")
        let one = ScreenView.render(runtime.state).plainText
        let page = try #require(runtime.state.moderation.blocks.pageID)
        #expect(one.contains("Страница: " + page))
        #expect(one.contains("Блокировки — " + page))
    }

    @Test func theHelpLineForThePanelsIsWholeAt100Columns() throws {
        let runtime = InboxScene.runtime()
        try press(runtime, "?")
        for _ in 0..<30 { try press(runtime, "j") }
        let screen = ScreenView.render(runtime.state).plainText
        #expect(screen.contains("панели: входящие, исходящие, дежурства, отчёты, блокировки"))
    }
}
