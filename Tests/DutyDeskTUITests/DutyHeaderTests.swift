import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import Testing

/// The inbox header's duty line, from `DutyRoster` statuses (the schedule panel's rule):
/// who is on duty now and next, absences respected, a warning while open and uncovered.
@Suite struct DutyHeaderTests {
    /// The scene at Monday 15:00 with `roster` loaded; the clock moves when `fixed` is false.
    func state(_ roster: OnDutyRoster, page: InboxFilter.PageScope = .all, fixed: Bool = true,
               language: Language = .ru) -> AppState {
        let session = Session(username: "belova", staff: InboxScene.belova, language: language, clockIsFixed: fixed,
                              localClock: LocalClock(timeZone: InboxScene.moscow))
        var state = AppState(size: ScreenSize(width: 100, height: 30), session: session, now: InboxScene.now,
                             filter: InboxFilter(page: page))
        _ = Update.apply(.inboxLoaded(InboxLoad(items: InboxScene.open, includesSettled: true, pages: InboxScene.pages,
                                                roster: roster)), to: &state)
        return state
    }

    func roster(shifts: [Shift], absences: [String: [Absence]] = [:]) -> OnDutyRoster {
        OnDutyRoster(timelines: ["lib-vk": InboxScene.library, "lib-tg": InboxScene.library, "kids-vk": InboxScene.kids],
                     shifts: shifts, absences: absences, names: ["belova": "Белова Ирина", "morozov": "Морозов Андрей"])
    }

    /// The header's second row and the role of its duty text.
    func dutyLine(_ state: AppState) -> (text: String, role: StyleRole) {
        let canvas = ScreenView.render(state)
        let line = canvas.plainText.split(separator: "\n", omittingEmptySubsequences: false)[1]
        let duty = HeaderView.dutyText(state)
        let start = line.range(of: String(duty.text.prefix(10))).map { TerminalCells.width(of: String(line[..<$0.lowerBound])) } ?? 0
        return (String(line), canvas.rows[1][start].role)
    }

    @Test func onePageShowsWhoIsOnNowAndNext() {
        let line = dutyLine(state(InboxScene.roster, page: .page("lib-vk")))
        #expect(line.text.contains("Дежурит: Белова И. до 16:00, далее Морозов А. с 16:00"))
        #expect(line.role == .header)
    }

    @Test func openWithNobodyOnDutyIsAWarning() {
        let gap = roster(shifts: [InboxScene.shift("lib-vk", "morozov", InboxScene.at(9, 16, 0), InboxScene.at(9, 20, 0)),
                                  InboxScene.shift("lib-tg", "belova", InboxScene.at(9, 10, 0), InboxScene.at(9, 20, 0))])
        let one = dutyLine(state(gap, page: .page("lib-vk")))
        #expect(one.text.contains("⚠ Отдел открыт, дежурного нет до 16:00; далее Морозов А. с 16:00"))
        #expect(one.role == .warning)
        let all = dutyLine(state(gap))
        #expect(all.text.contains("· ⚠ lib-vk — дежурного нет до 16:00 · lib-tg — Белова И. до 20:00"))
        #expect(all.role == .warning)
    }

    @Test func nextOnAnotherDayNamesTheDay() {
        // 15:00 Monday, lib-vk uncovered until it closes at 20:00; the next shift is Tuesday's.
        let tuesday = roster(shifts: [InboxScene.shift("lib-vk", "morozov", InboxScene.at(10, 10, 0), InboxScene.at(10, 20, 0))])
        let one = dutyLine(state(tuesday, page: .page("lib-vk")))
        #expect(one.text.contains("⚠ Отдел открыт, дежурного нет до 20:00; далее Морозов А. вт 10:00"))
        let english = HeaderDutyLine.text(state(tuesday, page: .page("lib-vk"), language: .en), width: 200)
        #expect(english.text == "⚠ Open, nobody on duty until 20:00; next Морозов А. Tue 10:00")
    }

    @Test func severalPagesNameEachPageWithNowAndNext() {
        // kids-vk is closed at 15:00 and has no shift in the roster: it is left out. lib-vk's
        // duty changes first, so it comes first and keeps its "next" longest.
        let wide = HeaderDutyLine.text(state(InboxScene.roster, page: .all), width: 200)
        #expect(wide.text == "Дежурство: lib-vk — Белова И. до 16:00, далее Морозов А. с 16:00 · lib-tg — Белова И. до 20:00")
        #expect(wide.role == .header)
        // Narrower: "next" as an arrow (Морозов takes over at 16:00, no time needed), then not
        // at all; every page stays whole rather than cut.
        let mine = HeaderDutyLine.text(state(InboxScene.roster, page: .mine), width: 80)
        #expect(mine.text == "lib-vk — Белова И. до 16:00 → Морозов А. · lib-tg — Белова И. до 20:00")
        let narrower = HeaderDutyLine.text(state(InboxScene.roster, page: .mine), width: 60)
        #expect(narrower.text == "lib-vk — Белова И. до 16:00 · lib-tg — Белова И. до 20:00")
    }

    @Test func aNarrowHeaderDropsNextBeforeTheWarning() {
        let gap = roster(shifts: [InboxScene.shift("lib-vk", "morozov", InboxScene.at(9, 16, 0), InboxScene.at(9, 20, 0)),
                                  InboxScene.shift("lib-tg", "belova", InboxScene.at(9, 10, 0), InboxScene.at(9, 20, 0))])
        let all = state(gap)
        let full = HeaderDutyLine.text(all, width: 200).text
        #expect(full == "⚠ lib-vk — дежурного нет до 16:00, далее Морозов А. с 16:00 · lib-tg — Белова И. до 20:00")
        // Too narrow for "next": the warning and who is on stay, whole.
        let shorter = HeaderDutyLine.text(all, width: 70).text
        #expect(shorter == "⚠ lib-vk — дежурного нет до 16:00 · lib-tg — Белова И. до 20:00")
        // Narrower still: cut at the end, the warning first.
        let cut = HeaderDutyLine.text(all, width: 30)
        #expect(cut.text.hasPrefix("⚠ lib-vk — дежурного нет") && cut.text.hasSuffix("…") && cut.role == .warning)
        #expect(TerminalCells.width(of: cut.text) <= 30)
        // One page: "next" goes before the warning is cut.
        let one = HeaderDutyLine.text(state(gap, page: .page("lib-vk")), width: 50).text
        #expect(one == "⚠ Отдел открыт, дежурного нет до 16:00")
    }

    @Test func anAbsentPersonIsNotOnDuty() {
        let monday = LocalDate(year: 2026, month: 11, day: 9)!
        let away = roster(shifts: InboxScene.roster.shifts.values.flatMap { $0 },
                          absences: ["belova": [Absence(from: monday, to: monday, reason: .sickLeave)]])
        let line = dutyLine(state(away, page: .page("lib-vk")))
        #expect(!line.text.contains("Белова"))
        #expect(line.text.contains("⚠ Отдел открыт, дежурного нет до 16:00; далее Морозов А. с 16:00"))
        #expect(line.role == .warning)
    }

    @Test func closedWithNobodyOnDutyIsNoWarning() {
        // kids-vk closes at 14:00; nobody is scheduled.
        let line = dutyLine(state(InboxScene.roster, page: .page("kids-vk")))
        #expect(line.text.contains("Сейчас никто не дежурит"))
        #expect(line.role == .header)
    }

    @Test func eachTickRecomputesFromTheLoadedShifts() {
        var state = state(InboxScene.roster, page: .page("lib-vk"), fixed: false)
        _ = Update.apply(.tick(Date(timeIntervalSince1970: TimeInterval(InboxScene.at(9, 16, 30))), uptime: 1), to: &state)
        #expect(HeaderView.dutyText(state).text == "Дежурит: Морозов А. до 20:00")
        _ = Update.apply(.tick(Date(timeIntervalSince1970: TimeInterval(InboxScene.at(9, 19, 59))), uptime: 2), to: &state)
        #expect(HeaderView.dutyText(state).text == "Дежурит: Морозов А. до 20:00")
        _ = Update.apply(.tick(Date(timeIntervalSince1970: TimeInterval(InboxScene.at(9, 20, 0))), uptime: 3), to: &state)
        #expect(HeaderView.dutyText(state).text == "Сейчас никто не дежурит")
    }

    @Test func theDemoRosterComesFromTheDatabase() throws {
        let scene = try DutyDatabaseScene()
        let roster = try scene.database.reader.read { try OnDutyRoster.load($0, around: InboxScene.now) }
        let cbs = try #require(roster.statuses(at: InboxScene.now, pages: ["cbs-vk"]).first)
        #expect(cbs.onDuty.map(\.username) == ["sergeev"])
        // Once sergeev is recorded as away today, the header no longer counts him.
        let demo = try scene.person("demo")
        try DutyActions(database: scene.database, actor: demo, now: InboxScene.now)
            .recordAbsence(username: "sergeev", from: LocalDate(year: 2026, month: 11, day: 9)!,
                           to: LocalDate(year: 2026, month: 11, day: 9)!, reason: .sickLeave)
        let after = try scene.database.reader.read { try OnDutyRoster.load($0, around: InboxScene.now) }
        let status = try #require(after.statuses(at: InboxScene.now, pages: ["cbs-vk"]).first)
        #expect(status.onDuty.isEmpty && status.isUncovered)
    }
}
