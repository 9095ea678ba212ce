import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import Testing

/// `update` through the runtime, on the scene: keys, mouse, time, data.
@Suite struct UpdateTests {

    @Test func startsWithOpenItemsInDeadlineOrderThenLoadsTheHistory() {
        let runtime = InboxScene.runtime()
        #expect(runtime.state.list.includesSettled)
        #expect(runtime.state.list.count == 6)
        // Item 4's author is blocked on its page: listed, but after all the others.
        #expect((0..<6).compactMap { runtime.state.list.item(at: $0)?.id } == [1, 2, 3, 5, 6, 4])
    }

    @Test func movesWithArrowsVimKeysPagesAndEnds() throws {
        let runtime = InboxScene.runtime()
        try press(runtime, "j j Down")
        #expect(runtime.state.list.selected == 3)
        try press(runtime, "k Up")
        #expect(runtime.state.list.selected == 1)
        try press(runtime, "G")
        #expect(runtime.state.list.selected == 5)
        try press(runtime, "j PageDown")
        #expect(runtime.state.list.selected == 5)
        try press(runtime, "g")
        #expect(runtime.state.list.selected == 0)
        try press(runtime, "k PageUp End")
        #expect(runtime.state.list.selected == 5)
    }

    @Test func countersCountOverdueDueSoonAndUnreadOpenItems() {
        let runtime = InboxScene.runtime()
        #expect(runtime.state.counters == InboxCounters(overdue: 2, dueSoon: 1, unread: 4))
    }

    @Test func statusFilterCycles() throws {
        let runtime = InboxScene.runtime()
        try press(runtime, "s")
        #expect(runtime.state.list.filter.status == .overdue)
        #expect(runtime.state.list.count == 2)
        try press(runtime, "s")
        #expect(runtime.state.list.filter.status == .answered)
        #expect((0..<runtime.state.list.count).compactMap { runtime.state.list.item(at: $0)?.id } == [7])
        try press(runtime, "s s")
        #expect(runtime.state.list.filter.status == .unread)
        #expect(runtime.state.list.count == 4)
    }

    @Test func filterChangesEmitASaveEffect() throws {
        var state = InboxScene.runtime().state
        let effects = Update.apply(.key(.character("t")), to: &state)
        #expect(effects.contains(.saveFilter(InboxFilter(kind: .message))))
        #expect(state.list.filter.kind == .message)
    }

    @Test func pageFilterOffersMyPagesAndEachPage() throws {
        let runtime = InboxScene.runtime()
        try press(runtime, "p")
        #expect(runtime.state.list.filter.page == .mine)
        #expect(runtime.state.list.count == 5)
        try press(runtime, "p")
        #expect(runtime.state.list.filter.page == .page("kids-vk"))
        #expect(runtime.state.counters == InboxCounters(overdue: 0, dueSoon: 0, unread: 1))
        try press(runtime, "f Down Up Left")
        #expect(runtime.state.list.filter.page == .mine)
        try press(runtime, "Escape")
        #expect(runtime.state.overlay == nil)
    }

    @Test func openingMarksReadWhenAllowed() throws {
        let backend = SceneBackend()
        let runtime = InboxScene.runtime(backend: backend)
        #expect(runtime.state.list.item(at: 0)?.isUnread == true)
        try press(runtime, "Enter")
        #expect(backend.markedRead == [1])
        #expect(runtime.state.detail?.itemID == 1)
        #expect(runtime.state.list.item(at: 0)?.isUnread == false)
        #expect(runtime.state.counters.unread == 3)
        try press(runtime, "Escape")
        #expect(runtime.state.detail == nil)
    }

    @Test func aReadOnlyUserIsToldAndNothingIsWritten() throws {
        let backend = SceneBackend()
        let runtime = InboxScene.runtime(staff: nil, backend: backend)
        try press(runtime, "Enter")
        #expect(backend.markedRead.isEmpty)
        #expect(runtime.state.notice?.text.en.contains("read-only") == true)
        #expect(runtime.state.detail?.itemID == 1)
    }

    @Test func quitAsksWhileAReadMarkIsBeingSaved() throws {
        var state = InboxScene.runtime().state
        let effects = Update.apply(.key(.enter), to: &state)
        #expect(effects.contains(.markRead(itemID: 1)))
        #expect(Update.apply(.key(.character("q")), to: &state).isEmpty)
        #expect(state.overlay == .confirmQuit)
        #expect(Update.apply(.key(.character("n")), to: &state).isEmpty)
        #expect(state.overlay == nil)
        _ = Update.apply(.readMarked(itemID: 1, .recorded), to: &state)
        #expect(Update.apply(.key(.character("q")), to: &state) == [.quit])
    }

    @Test func aQuitThatWaitedForAWriteHappensWhenTheWriteIsDone() {
        var state = InboxScene.runtime().state
        _ = Update.apply(.key(.enter), to: &state)
        _ = Update.apply(.key(.character("q")), to: &state)
        #expect(state.overlay == .confirmQuit)
        #expect(Update.apply(.readMarked(itemID: 1, .recorded), to: &state).contains(.quit))
    }

    @Test func ctrlCQuitsAtOnce() {
        var state = InboxScene.runtime().state
        state.pendingWrites = 1
        #expect(Update.apply(.key(.control("c")), to: &state) == [.quit])
    }

    @Test func searchJumpsToMatchesAndNCycles() throws {
        let runtime = InboxScene.runtime()
        try press(runtime, "/ ЗАПИС Enter")
        #expect(runtime.state.search.query == "ЗАПИС")
        #expect(runtime.state.search.matches == [3, 5])
        #expect(runtime.state.list.selectedItem?.id == 3)
        try press(runtime, "n")
        #expect(runtime.state.list.selectedItem?.id == 5)
        try press(runtime, "n")
        #expect(runtime.state.list.selectedItem?.id == 3)
        try press(runtime, "N")
        #expect(runtime.state.list.selectedItem?.id == 5)
        try press(runtime, "Escape")
        #expect(runtime.state.search.query.isEmpty)
    }

    @Test func qTypedInTheSearchPromptIsText() throws {
        let runtime = InboxScene.runtime()
        try press(runtime, "/ q BSpace q")
        #expect(runtime.state.search.draft == "q")
        #expect(!runtime.wantsQuit)
    }

    @Test func clickSelectsAndASecondClickOpensWheelScrolls() {
        let runtime = InboxScene.runtime()
        let top = runtime.state.layout.bodyTop
        runtime.send(.mouse(MouseEvent(.press, row: top + 2, column: 10)))
        #expect(runtime.state.list.selected == 2)
        runtime.send(.mouse(MouseEvent(.press, row: top + 2, column: 10)))
        #expect(runtime.state.detail?.itemID == 3)
        runtime.send(.key(.escape))
        runtime.send(.mouse(MouseEvent(.press, row: top + 20, column: 10)))
        #expect(runtime.state.list.selected == 2)
        runtime.send(.mouse(MouseEvent(.wheelDown, row: top, column: 0)))
        #expect(runtime.state.list.top == 0)   // six items fit: nothing to scroll
    }

    @Test func panelsSwitchWithTabAndDigits() throws {
        let runtime = InboxScene.runtime()
        try press(runtime, "Tab")
        #expect(runtime.state.panel == .outbox)
        try press(runtime, "5")
        #expect(runtime.state.panel == .blocks)
        try press(runtime, "Tab")
        #expect(runtime.state.panel == .inbox)
        try press(runtime, "BTab")
        #expect(runtime.state.panel == .blocks)
        try press(runtime, "Escape")
        #expect(runtime.state.panel == .inbox)
        try press(runtime, "D")
        #expect(runtime.state.panel == .duty)
    }

    @Test func resizingBelowTheMinimumAndBackKeepsTheSelection() throws {
        let runtime = InboxScene.runtime()
        try press(runtime, "j j")
        runtime.send(.resize(ScreenSize(width: 50, height: 12)))
        #expect(ScreenView.render(runtime.state).plainText.contains("50×12"))
        try press(runtime, "j")   // ignored while too small
        runtime.send(.resize(ScreenSize(width: 100, height: 30)))
        #expect(runtime.state.list.selected == 2)
    }

    @Test func timePassingTicksTheCountdownAndMovesItemsIntoOverdue() {
        var state = InboxScene.runtime().state
        state = AppState(size: state.size, session: Session(username: "belova", staff: InboxScene.belova, language: .ru,
                                                             clockIsFixed: false, localClock: LocalClock(timeZone: InboxScene.moscow)),
                         now: InboxScene.now, filter: InboxFilter(status: .overdue))
        let runtime = AppRuntime.inline(state: state, backend: SceneBackend(), allowsWrites: true)
        runtime.start()
        #expect(runtime.state.list.count == 2)
        let before = ScreenView.render(runtime.state).plainText
        #expect(before.contains("пн 09.11 15:00:00"))
        runtime.send(.tick(InboxScene.now.addingTimeInterval(43 * 60), uptime: 1))
        #expect(runtime.state.list.count == 3)
        #expect(runtime.state.counters.overdue == 3)
        #expect(ScreenView.render(runtime.state).plainText.contains("пн 09.11 15:43:00"))
    }

    @Test func aFixedClockNeverMoves() {
        let runtime = InboxScene.runtime()
        runtime.send(.tick(InboxScene.now.addingTimeInterval(3600), uptime: 1))
        #expect(runtime.state.now == InboxScene.now)
    }

    @Test func databaseChangesReloadOnceAtATime() {
        var state = InboxScene.runtime().state
        #expect(Update.apply(.databaseChanged, to: &state) == [.reload])
        #expect(Update.apply(.databaseChanged, to: &state).isEmpty)
        let load = InboxLoad(items: InboxScene.open.filter { $0.id != 1 }, includesSettled: true, pages: InboxScene.pages,
                             roster: InboxScene.roster)
        #expect(Update.apply(.inboxLoaded(load), to: &state).first == .reload)
        #expect(state.list.count == 5)
    }

    @Test func theSelectionFollowsItsItemWhenTheListReloads() throws {
        let runtime = InboxScene.runtime()
        try press(runtime, "j j j j")
        #expect(runtime.state.list.selectedItem?.id == 6)
        let load = InboxLoad(items: InboxScene.open.filter { $0.id != 1 }, includesSettled: true, pages: InboxScene.pages,
                             roster: InboxScene.roster)
        runtime.send(.inboxLoaded(load))
        #expect(runtime.state.list.selectedItem?.id == 6)
        #expect(runtime.state.list.selected == 3)
    }

    @Test func redrawAsksTheTerminalToRepaint() {
        let runtime = InboxScene.runtime()
        runtime.send(.key(.control("l")))
        #expect(runtime.wantsRepaint)
    }
}
