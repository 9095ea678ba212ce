import Foundation
import Testing
@testable import DutyDeskCore

/// Who is on duty now and next, and the header's warning.
struct DutyRosterTests {
    let lunch = CalendarFixtures.timeline(CalendarFixtures.l2)

    var shifts: [Shift] {
        [DutyFixtures.shift("p", "anna", "2026-11-10 11:00", "14:00", on: lunch, id: 1),
         DutyFixtures.shift("p", "boris", "2026-11-10 16:00", "19:00", on: lunch, id: 2),
         DutyFixtures.shift("q", "vera", "2026-11-10 11:00", "19:00", on: lunch, id: 3)]
    }

    func status(at text: String, absences: [String: [Absence]] = [:]) -> DutyStatus {
        DutyRoster.status(pageID: "p", timeline: lunch, shifts: shifts, absences: absences,
                          at: CalendarFixtures.local(text, in: lunch))
    }

    @Test func onDutyNowAndNext() {
        let now = status(at: "2026-11-10 12:00")
        #expect(now.onDuty.map(\.username) == ["anna"])
        #expect(now.next?.username == "boris")
        #expect(now.isOpen && !now.isUncovered)
    }

    @Test func openWithNobodyOnDutyWarnsUntilTheGapEnds() {
        let now = status(at: "2026-11-10 15:30")
        #expect(now.onDuty.isEmpty)
        #expect(now.isUncovered)
        #expect(now.currentGap.map { CalendarFixtures.localText($0.end, in: lunch) } == "2026-11-10 16:00")
        #expect(now.next?.username == "boris")
    }

    @Test func closedWithNobodyOnDutyIsNoWarning() {
        let lunchBreak = status(at: "2026-11-10 14:30")
        #expect(!lunchBreak.isOpen && !lunchBreak.isUncovered)
        let night = status(at: "2026-11-10 22:00")
        #expect(night.next == nil && !night.isUncovered)
    }

    @Test func anAbsentPersonIsNotOnDuty() {
        let away = ["anna": [DutyFixtures.absence("2026-11-10", "2026-11-10", .sickLeave)]]
        let now = status(at: "2026-11-10 12:00", absences: away)
        #expect(now.onDuty.isEmpty && now.isUncovered)
        #expect(status(at: "2026-11-10 10:00", absences: away).next?.username == "boris")
    }
}
