import Foundation
import Testing
@testable import DutyDeskCore

/// The schedule panel's data: a Monday-to-Sunday week with open hours, shifts, gaps and absences.
struct DutyWeekTests {
    let lunch = CalendarFixtures.timeline(CalendarFixtures.l2)

    @Test func aWeekWithTodayNowGapsAndAbsences() {
        let shifts = [
            DutyFixtures.shift("p", "anna", "2026-11-10 11:00", "19:00", on: lunch, id: 1),
            DutyFixtures.shift("p", "boris", "2026-11-11 11:00", "14:00", on: lunch, id: 2),
            DutyFixtures.shift("p", "anna", "2026-11-12 11:00", "19:00", on: lunch, id: 3),
        ]
        let absences = ["anna": [DutyFixtures.absence("2026-11-12", "2026-11-13", .sickLeave)]]
        let now = CalendarFixtures.local("2026-11-10 12:00", in: lunch)
        let week = DutyWeek.build(pageID: "p", timeline: lunch, team: ["anna", "boris"], shifts: shifts,
                                  absences: absences, weekOf: LocalDate(iso: "2026-11-12")!, now: now)
        #expect(week.monday == LocalDate(iso: "2026-11-09"))
        #expect(week.days.map(\.date.weekday) == Weekday.allCases)
        let monday = week.days[0], tuesday = week.days[1], wednesday = week.days[2], thursday = week.days[3]
        #expect(!monday.isOpen && monday.reason == .weeklyClosed && monday.gaps.isEmpty)
        #expect(tuesday.isToday && tuesday.shifts.map(\.isNow) == [true])
        #expect(tuesday.gaps.isEmpty)
        #expect(wednesday.gaps.map { CalendarFixtures.localText($0.start, in: lunch) } == ["2026-11-11 15:00"])
        #expect(thursday.shifts.map(\.personAbsent) == [true])
        #expect(thursday.gaps.count == 2, "a sick person's shift does not cover")
        #expect(thursday.absent == [DutyWeek.DayAbsence(username: "anna", reason: .sickLeave)])
        #expect(week.status.onDuty.map(\.username) == ["anna"])
        #expect(week.status.next?.username == "boris")
    }
}
