import Foundation
import Testing
@testable import DutyDeskCore

/// The checks every edited shift passes.
struct ShiftRulesTests {
    let timeline = CalendarFixtures.timeline(DutyFixtures.plainWeekdays)

    func check(_ shift: Shift, onTeam: Bool = true, absences: [Absence] = [], others: [Shift] = []) throws(ShiftProblem) {
        try ShiftRules.check(shift, timeline: timeline, onTeam: onTeam, absences: absences, otherShifts: others)
    }

    @Test func anOrdinaryShiftPasses() throws {
        try check(DutyFixtures.shift("p", "anna", "2026-11-09 10:00", "14:00", on: timeline))
    }

    @Test func refusesAShiftThatEndsBeforeItStarts() {
        let shift = DutyFixtures.shift("p", "anna", "2026-11-09 14:00", "10:00", on: timeline)
        #expect(throws: ShiftProblem.endsBeforeItStarts) { try check(shift) }
    }

    @Test func refusesAShiftLongerThanADay() {
        let shift = DutyFixtures.shift("p", "anna", "2026-11-09 10:00", "2026-11-10 12:00", on: timeline)
        #expect(throws: ShiftProblem.tooLong(hours: 24)) { try check(shift) }
    }

    @Test func refusesSomeoneOffTheTeam() {
        let shift = DutyFixtures.shift("p", "anna", "2026-11-09 10:00", "14:00", on: timeline)
        #expect(throws: ShiftProblem.notOnTeam(username: "anna", page: "p")) { try check(shift, onTeam: false) }
    }

    @Test func refusesAShiftWhollyInClosedTime() {
        let saturday = DutyFixtures.shift("p", "anna", "2026-11-14 10:00", "14:00", on: timeline)
        let error = #expect(throws: ShiftProblem.self) { try check(saturday) }
        #expect(error?.message.ru.contains("нерабочее время") == true)
    }

    @Test func refusesAShiftDuringAnAbsence() {
        let shift = DutyFixtures.shift("p", "anna", "2026-11-09 10:00", "14:00", on: timeline)
        let away = [DutyFixtures.absence("2026-11-09", "2026-11-13")]
        #expect(throws: ShiftProblem.absent(username: "anna", date: LocalDate(iso: "2026-11-09")!, reason: .vacation)) {
            try check(shift, absences: away)
        }
    }

    @Test func refusesAnOverlapWithTheSamePersonsShiftOnAnyPage() {
        let shift = DutyFixtures.shift("p", "anna", "2026-11-09 10:00", "14:00", on: timeline, id: 1)
        let elsewhere = DutyFixtures.shift("q", "anna", "2026-11-09 13:00", "18:00", on: timeline, id: 2)
        let error = #expect(throws: ShiftProblem.self) { try check(shift, others: [elsewhere]) }
        #expect(error?.message.ru == "anna уже дежурит в это время: q, 09.11.2026 (пн) 13:00–18:00.")
        #expect(error?.message(names: ["anna": "Анна Петрова"]).ru == "Анна Петрова (anna) уже дежурит в это время: q, 09.11.2026 (пн) 13:00–18:00.")
    }

    @Test func ignoresItselfTouchingShiftsAndOtherPeople() throws {
        let shift = DutyFixtures.shift("p", "anna", "2026-11-09 10:00", "14:00", on: timeline, id: 1)
        let itself = DutyFixtures.shift("p", "anna", "2026-11-09 11:00", "15:00", on: timeline, id: 1)
        let touching = DutyFixtures.shift("p", "anna", "2026-11-09 14:00", "18:00", on: timeline, id: 2)
        let someoneElse = DutyFixtures.shift("p", "boris", "2026-11-09 10:00", "14:00", on: timeline, id: 3)
        try check(shift, others: [itself, touching, someoneElse])
    }
}
