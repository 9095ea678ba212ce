import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import Testing

/// When the panel counts: on entry, on database changes while shown (at most every 10 s of
/// uptime), never while hidden; the figures on screen stay while a count runs.
@Suite struct ReportsUpdateTests {
    let fixture: ReportsTUIFixture
    let report: QuarterReport

    init() throws {
        fixture = try ReportsTUIFixture()
        try fixture.fill()
        report = try fixture.currentReport()
    }

    let count = Effect.reports(.countQuarter(nil, pages: nil))

    func counts(_ effects: [Effect]) -> Int { effects.filter { $0 == count }.count }

    /// The curator on the reports panel, the first count asked for and answered at `uptime`.
    func shown(at uptime: Int64 = 0) -> AppState {
        var state = fixture.state(ReportsTUIFixture.curator)
        state.uptime = uptime
        _ = Update.apply(.key(.character("4")), to: &state)
        _ = Update.apply(.reports(.counted(requested: nil, report)), to: &state)
        return state
    }

    @Test func enteringThePanelAsksForACountAndShowsCountingMeanwhile() {
        defer { fixture.remove() }
        var state = fixture.state(ReportsTUIFixture.curator)
        let effects = Update.apply(.key(.character("4")), to: &state)
        #expect(effects == [count])
        let text = ScreenView.render(state).plainText
        #expect(text.contains("считаю…"))
        #expect(text.contains("Считаю показатели квартала"))
    }

    @Test func theResultIsDrawnWhenItArrives() {
        defer { fixture.remove() }
        let state = shown()
        #expect(!state.reports.counting)
        let text = ScreenView.render(state).plainText
        #expect(text.contains("Поступило обращений: 6"))
        #expect(text.contains("66,7 %"))
        #expect(!text.contains("считаю…"))
    }

    @Test func aChangeWhileShownCountsAgainNoMoreOftenThanEveryTenSeconds() {
        defer { fixture.remove() }
        var state = shown(at: 100)
        // Three seconds after the last count started: held back.
        _ = Update.apply(.tick(state.now, uptime: 103), to: &state)
        #expect(counts(Update.apply(.databaseChanged, to: &state)) == 0)
        #expect(state.reports.stale)
        #expect(counts(Update.apply(.tick(state.now, uptime: 109), to: &state)) == 0)
        // Ten seconds after: counted, once; the figures stay on screen meanwhile.
        #expect(counts(Update.apply(.tick(state.now, uptime: 110), to: &state)) == 1)
        #expect(state.reports.counting && state.reports.report != nil)
        #expect(ScreenView.render(state).plainText.contains("66,7 %"))
        #expect(counts(Update.apply(.tick(state.now, uptime: 111), to: &state)) == 0)
    }

    @Test func onAFixedClockNothingChangesSoNothingIsCountedByTime() {
        defer { fixture.remove() }
        var state = shown(at: 0)
        #expect(counts(Update.apply(.tick(state.now, uptime: 3_600), to: &state)) == 0)
    }

    @Test func onARunningClockTheFiguresAreCountedAgainEveryFiveMinutes() {
        defer { fixture.remove() }
        var state = fixture.state(ReportsTUIFixture.curator, clockIsFixed: false)
        _ = Update.apply(.key(.character("4")), to: &state)
        _ = Update.apply(.reports(.counted(requested: nil, report)), to: &state)
        #expect(counts(Update.apply(.tick(state.now, uptime: 299), to: &state)) == 0)
        #expect(counts(Update.apply(.tick(state.now, uptime: 300), to: &state)) == 1)
    }

    @Test func aChangeLongAfterTheLastCountCountsAtOnce() {
        defer { fixture.remove() }
        var state = shown(at: 0)
        _ = Update.apply(.tick(state.now, uptime: 30), to: &state)
        #expect(counts(Update.apply(.databaseChanged, to: &state)) == 1)
    }

    @Test func aChangeDuringACountIsCountedAfterIt() {
        defer { fixture.remove() }
        var state = fixture.state(ReportsTUIFixture.curator)
        _ = Update.apply(.key(.character("4")), to: &state)
        _ = Update.apply(.tick(state.now, uptime: 12), to: &state)
        #expect(counts(Update.apply(.databaseChanged, to: &state)) == 0)
        #expect(counts(Update.apply(.reports(.counted(requested: nil, report)), to: &state)) == 1)
    }

    @Test func aChangeWhileHiddenCountsNothing() throws {
        defer { fixture.remove() }
        var state = shown(at: 0)
        _ = Update.apply(.key(.character("1")), to: &state)
        _ = Update.apply(.tick(state.now, uptime: 60), to: &state)
        #expect(counts(Update.apply(.databaseChanged, to: &state)) == 0)
        #expect(counts(Update.apply(.tick(state.now, uptime: 61), to: &state)) == 0)
        // Back on the panel: counted again.
        #expect(counts(Update.apply(.key(.character("4")), to: &state)) == 1)
    }

    @Test func aCountForAQuarterLeftMeanwhileIsNotShown() {
        defer { fixture.remove() }
        var state = shown()
        let q3 = QuarterPeriod(year: 2026, quarter: 3)!
        #expect(Update.apply(.key(.character("[")), to: &state) == [.reports(.countQuarter(q3, pages: nil))])
        // The operator comes back to the current quarter before the Q3 count is done.
        #expect(Update.apply(.key(.character("]")), to: &state).isEmpty)
        let stale = QuarterReport(quarter: q3, timeZoneIdentifier: "Europe/Moscow", generatedAt: 0, pages: [],
                                  overall: PageFigures(pageID: nil, pageName: ""))
        let effects = Update.apply(.reports(.counted(requested: q3, stale)), to: &state)
        #expect(state.reports.report?.quarter.description == "2026Q4")
        #expect(effects == [count])
    }

    @Test func aFailedCountSaysSoAndKeepsTheFigures() {
        defer { fixture.remove() }
        var state = shown()
        state.uptime = 20
        _ = Update.apply(.databaseChanged, to: &state)
        _ = Update.apply(.reports(.countFailed(requested: nil, Localized(ru: "База занята", en: "Busy"))), to: &state)
        let text = ScreenView.render(state).plainText
        #expect(text.contains("База занята"))
        #expect(text.contains("66,7 %"))
    }
}
