import Foundation
import Testing
@testable import DutyDeskCore

/// The rotation on small cases a coordinator can check by eye.
struct RotationExampleTests {
    let weekdays = CalendarFixtures.timeline(DutyFixtures.plainWeekdays)
    let lunch = CalendarFixtures.timeline(CalendarFixtures.l2)

    func names(_ proposal: RotationProposal) -> [String] { proposal.shifts.map(\.username) }

    @Test func equalDaysGoRoundInTeamOrder() {
        let request = RotationRequest(pageID: "p", timeline: weekdays, team: ["anna", "boris", "vera"],
                                      from: LocalDate(iso: "2026-11-09")!, to: LocalDate(iso: "2026-11-20")!)
        let proposal = RotationGenerator.propose(request)
        #expect(names(proposal) == ["anna", "boris", "vera", "anna", "boris", "vera", "anna", "boris", "vera", "anna"])
        #expect(proposal.uncovered.isEmpty)
        let day: TimeInterval = 8 * 3600
        let expected: [String: TimeInterval] = ["anna": 4 * day, "boris": 3 * day, "vera": 3 * day]
        #expect(proposal.openTime == expected)
        #expect(proposal.isFair)
    }

    @Test func wholeDaysSpanTheLunchBreakAndCountOpenHoursOnly() {
        let request = RotationRequest(pageID: "p", timeline: lunch, team: ["anna"],
                                      from: LocalDate(iso: "2026-11-10")!, to: LocalDate(iso: "2026-11-10")!)
        let proposal = RotationGenerator.propose(request)
        #expect(proposal.shifts.map { DutyFixtures.text($0, on: lunch) } == ["anna 2026-11-10 11:00–19:00"])
        #expect(proposal.openTime["anna"] == TimeInterval(7 * 3600))
    }

    @Test func aSplitAtTheLunchBreakGivesTwoShiftsThatStartAndEndOpen() {
        let request = RotationRequest(pageID: "p", timeline: lunch, team: ["anna", "boris"],
                                      from: LocalDate(iso: "2026-11-10")!, to: LocalDate(iso: "2026-11-10")!,
                                      pattern: .split(at: TimeOfDay(text: "14:00")!))
        let proposal = RotationGenerator.propose(request)
        #expect(proposal.shifts.map { DutyFixtures.text($0, on: lunch) }
                == ["anna 2026-11-10 11:00–14:00", "boris 2026-11-10 15:00–19:00"])
    }

    @Test func aSplitOutsideTheOpenHoursLeavesTheDayWhole() {
        let request = RotationRequest(pageID: "p", timeline: weekdays, team: ["anna", "boris"],
                                      from: LocalDate(iso: "2026-11-09")!, to: LocalDate(iso: "2026-11-09")!,
                                      pattern: .split(at: TimeOfDay(text: "20:00")!))
        #expect(RotationGenerator.propose(request).shifts.count == 1)
    }

    @Test func anAbsentPersonIsSkippedAndNotOverloadedOnReturn() {
        let request = RotationRequest(
            pageID: "p", timeline: weekdays, team: ["anna", "boris", "vera"],
            absences: ["anna": [DutyFixtures.absence("2026-11-09", "2026-11-13")]],
            from: LocalDate(iso: "2026-11-09")!, to: LocalDate(iso: "2026-11-20")!)
        let proposal = RotationGenerator.propose(request)
        let firstWeek = proposal.shifts.prefix(5).map(\.username)
        let secondWeek = proposal.shifts.suffix(5).map(\.username)
        #expect(!firstWeek.contains("anna"))
        // Back from vacation, anna takes her share of the second week, not all of it.
        #expect(secondWeek.filter { $0 == "anna" }.count == 2)
        #expect(proposal.fullyAvailable == ["boris", "vera"])
    }

    @Test func keptManualShiftsStayAndTheRotationFillsAroundThem() {
        let manual = DutyFixtures.shift("p", "vera", "2026-11-09 10:00", "13:00", on: weekdays, id: 7)
        let request = RotationRequest(pageID: "p", timeline: weekdays, team: ["anna", "boris", "vera"],
                                      from: LocalDate(iso: "2026-11-09")!, to: LocalDate(iso: "2026-11-09")!,
                                      kept: [manual])
        let proposal = RotationGenerator.propose(request)
        #expect(proposal.shifts.map { DutyFixtures.text($0, on: weekdays) } == ["anna 2026-11-09 13:00–18:00"])
        #expect(proposal.openTime["vera"] == TimeInterval(3 * 3600))
        #expect(proposal.uncovered.isEmpty)
    }

    @Test func aPersonBusyOnAnotherPageIsNotDoubleBooked() {
        let elsewhere = DutyFixtures.shift("other", "anna", "2026-11-09 10:00", "18:00", on: weekdays)
        let request = RotationRequest(pageID: "p", timeline: weekdays, team: ["anna"],
                                      from: LocalDate(iso: "2026-11-09")!, to: LocalDate(iso: "2026-11-10")!,
                                      busy: [elsewhere])
        let proposal = RotationGenerator.propose(request)
        #expect(proposal.shifts.map { DutyFixtures.text($0, on: weekdays) } == ["anna 2026-11-10 10:00–18:00"])
        #expect(proposal.uncovered.map { CalendarFixtures.localText($0.start, in: weekdays) } == ["2026-11-09 10:00"])
    }

    @Test func partlyBusyPeopleCoverTheDayBetweenThem() {
        let annaMorning = DutyFixtures.shift("other", "anna", "2026-11-09 10:00", "12:00", on: weekdays)
        let borisEvening = DutyFixtures.shift("other", "boris", "2026-11-09 16:00", "18:00", on: weekdays)
        let request = RotationRequest(pageID: "p", timeline: weekdays, team: ["anna", "boris"],
                                      from: LocalDate(iso: "2026-11-09")!, to: LocalDate(iso: "2026-11-09")!,
                                      busy: [annaMorning, borisEvening])
        let proposal = RotationGenerator.propose(request)
        #expect(proposal.shifts.map { DutyFixtures.text($0, on: weekdays) }
                == ["boris 2026-11-09 10:00–16:00", "anna 2026-11-09 16:00–18:00"])
        #expect(proposal.uncovered.isEmpty)
    }

    @Test func nobodyAvailableLeavesTheDayUncovered() {
        let request = RotationRequest(pageID: "p", timeline: weekdays, team: ["anna"],
                                      absences: ["anna": [DutyFixtures.absence("2026-11-09", "2026-11-09", .sickLeave)]],
                                      from: LocalDate(iso: "2026-11-09")!, to: LocalDate(iso: "2026-11-09")!)
        let proposal = RotationGenerator.propose(request)
        #expect(proposal.shifts.isEmpty)
        #expect(proposal.uncovered.map(\.duration) == [8 * 3600])
    }

    @Test func anEmptyTeamOrPeriodProposesNothing() {
        let empty = RotationRequest(pageID: "p", timeline: weekdays, team: [],
                                    from: LocalDate(iso: "2026-11-09")!, to: LocalDate(iso: "2026-11-09")!)
        #expect(RotationGenerator.propose(empty).shifts.isEmpty)
        let backwards = RotationRequest(pageID: "p", timeline: weekdays, team: ["anna"],
                                        from: LocalDate(iso: "2026-11-10")!, to: LocalDate(iso: "2026-11-09")!)
        #expect(RotationGenerator.propose(backwards).shifts.isEmpty)
    }
}
