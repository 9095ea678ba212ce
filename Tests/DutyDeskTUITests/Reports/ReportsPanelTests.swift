import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import Testing

/// The reports panel on a real database (`ReportsTUIFixture`, figures worked out in its table):
/// what it draws, and when it counts.
@Suite struct ReportsPanelTests {
    let fixture: ReportsTUIFixture

    init() throws {
        fixture = try ReportsTUIFixture()
        try fixture.fill()
    }


    func screen(_ runtime: AppRuntime) -> String { ScreenView.render(runtime.state).plainText }

    /// Screen lines (not the header's) that hold `text`.
    func rows(_ screen: String, containing text: String) -> [Int] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset > 2 && $0.element.contains(text) }.map(\.offset)
    }

    @Test func showsTheQuartersFiguresWithBarsAndSparklines() throws {
        defer { fixture.remove() }
        let runtime = try fixture.runtime(ReportsTUIFixture.curator)
        try press(runtime, "4")
        let report = try #require(runtime.state.reports.report)
        #expect(report.quarter.description == "2026Q4")
        // All pages: A, C, E, F on time; B late; D overdue → 4 of 6.
        #expect(report.overall.answeredOnTime == 4 && report.overall.judged == 6)
        let text = screen(runtime)
        #expect(text.contains(" 4 Отчёты · IV квартал 2026 г. · все страницы · на 19.11.2026 12:00"))
        #expect(text.contains("Ответ в срок (п. 6.2): 4 из 6 (66,7 %)"))
        // 4/6 of a 40-cell bar is 213⅓ eighths → 26 full cells and a ⅝ cell.
        let overallBar = String(repeating: "█", count: 26) + "▋" + String(repeating: " ", count: 13) + " 66,7 % (4 из 6)"
        #expect(text.contains("в срок     " + overallBar))
        // p1: 3 of 5 → 192 eighths → 24 full cells exactly; p2: all 40.
        #expect(text.contains("p1       " + String(repeating: "█", count: 24) + String(repeating: " ", count: 16) + " 60,0 % (3 из 5)"))
        #expect(text.contains("p2       " + String(repeating: "█", count: 40) + " 100,0 % (1 из 1)"))
        // Per week, on one scale (at most 4 a week, in week 7): received 1, 4, 1 in weeks 6–8;
        // missed: B in week 6 and D in week 7.
        #expect(text.contains("поступило  ·····▂█▂······  всего 6"))
        #expect(text.contains("просрочено ·····▂▂·······  всего 2"))
    }

    @Test func aPagesSectionHasItsOwnFiguresAndCharts() throws {
        defer { fixture.remove() }
        let runtime = try fixture.runtime(ReportsTUIFixture.curator)
        try press(runtime, "4 p")
        #expect(runtime.state.reports.page == "p1")
        let text = screen(runtime)
        #expect(text.contains("· p1 · на 19.11.2026 12:00"))
        #expect(text.contains("Ответ в срок (п. 6.2): 3 из 5 (60,0 %) · с опозданием 1 · без ответа, срок истёк 1"))
        #expect(text.contains("Просрочено: сейчас 1 · за квартал 2"))
        #expect(text.contains("поступило  ·····▂█·······  всего 5"))
        try press(runtime, "p p")
        #expect(runtime.state.reports.page == nil)
    }

    @Test func aCoordinatorSeesTheirPagesOnly() throws {
        defer { fixture.remove() }
        var state = fixture.state(ReportsTUIFixture.coordinatorOfP1)
        let effects = Update.apply(.key(.character("4")), to: &state)
        #expect(effects == [.reports(.countQuarter(nil, pages: ["p1"]))])
        #expect(state.reports.counting)
    }

    @Test func anAdministratorIsToldWhyThereAreNoFigures() throws {
        defer { fixture.remove() }
        let runtime = try fixture.runtime(ReportsTUIFixture.adminOnly)
        try press(runtime, "4")
        #expect(runtime.state.reports.report == nil)
        let text = screen(runtime)
        // Who may, both of them: the curator (every page) and a coordinator (their pages).
        #expect(text.contains("Квартальная статистика недоступна"))
        #expect(!text.contains("может только куратор"))
        #expect(text.contains("куратор — по всем страницам — и координатор — по своим"))
        // p and [ ] would do nothing here: the footer does not offer them.
        #expect(!text.contains("p страница"))
        #expect(!text.contains("[ ] квартал"))
        #expect(KeyDispatch.context(runtime.state) == .reports(.refusedPanel))
    }

    @Test func theSparklineLabelsAreWholeInEnglish() throws {
        defer { fixture.remove() }
        let runtime = try fixture.runtime(ReportsTUIFixture.curator, language: .en)
        try press(runtime, "4 p G")
        let text = screen(runtime)
        #expect(text.contains(" received "))
        #expect(!text.contains("receiv…"))
    }

    @Test func anEmptyQuarterSaysPlainlyThatNothingCameIn() throws {
        defer { fixture.remove() }
        let runtime = try fixture.runtime(ReportsTUIFixture.curator)
        try press(runtime, "4 [")
        let report = try #require(runtime.state.reports.report)
        #expect(report.overall.requests == 0)
        let text = screen(runtime)
        #expect(text.contains("За квартал обращений не поступило."))
        #expect(!text.contains("По видам: 0"))
        #expect(!text.contains("По каналам: 0"))
        #expect(!text.contains("не больше 1 в неделю"))
    }

    @Test func aCoordinatorOfOnePageIsNotOfferedP() throws {
        defer { fixture.remove() }
        let runtime = try fixture.runtime(ReportsTUIFixture.coordinatorOfP1)
        try press(runtime, "4")
        #expect(KeyDispatch.context(runtime.state) == .reports(.onePagePanel))
        let text = screen(runtime)
        #expect(!text.contains("p страница"))
        #expect(text.contains("[ ] квартал"))
        let curator = try fixture.runtime(ReportsTUIFixture.curator)
        try press(curator, "4")
        #expect(screen(curator).contains("p страница"))
    }

    @Test func fitsSixtyByFifteen() throws {
        defer { fixture.remove() }
        let runtime = try fixture.runtime(ReportsTUIFixture.curator, size: ScreenSize(width: 60, height: 15))
        try press(runtime, "4")
        let text = screen(runtime)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 15)
        #expect(lines.allSatisfy { TerminalCells.width(of: String($0)) <= 60 })
        #expect(text.contains("4 из 6 (66,7 %)"))
        #expect(text.contains("█"))
        #expect(text.contains("строки 1–10 из"))
        try press(runtime, "G")
        #expect(runtime.state.reports.scroll > 0)
        #expect(!screen(runtime).contains("4 из 6 (66,7 %)"))
        try press(runtime, "g")
        #expect(runtime.state.reports.scroll == 0)
    }

    @Test func previousQuarterAndBackToTheCurrentOne() throws {
        defer { fixture.remove() }
        let runtime = try fixture.runtime(ReportsTUIFixture.curator)
        try press(runtime, "4 [")
        #expect(runtime.state.reports.report?.quarter.description == "2026Q3")
        #expect(screen(runtime).contains("III квартал 2026 г."))
        try press(runtime, "]")
        #expect(runtime.state.reports.quarter == nil)
        #expect(runtime.state.reports.report?.quarter.description == "2026Q4")
        try press(runtime, "]")
        #expect(runtime.state.reports.report?.quarter.description == "2026Q4")
        #expect(screen(runtime).contains("следующего ещё нет"))
    }
}
