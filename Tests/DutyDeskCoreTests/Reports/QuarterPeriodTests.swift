import Foundation
import Testing
@testable import DutyDeskCore

struct QuarterPeriodTests {
    @Test(arguments: ["2026Q4", "2026q4", "2026-Q4", " 2026 Q4 ", "Q4 2026", "q4-2026"])
    func readsTheWaysPeopleTypeIt(text: String) {
        #expect(QuarterPeriod(parsing: text) == QuarterPeriod(year: 2026, quarter: 4))
    }

    @Test(arguments: ["2026Q5", "2026Q0", "26Q4", "2026", "Q4", "2026-10", "2026Q44", "２０２６Q4", ""])
    func refusesWhatIsNotAQuarter(text: String) {
        #expect(QuarterPeriod(parsing: text) == nil)
    }

    @Test func daysOfTheFourthQuarter() {
        let quarter = QuarterPeriod(year: 2026, quarter: 4)!
        #expect(quarter.firstDay.iso == "2026-10-01")
        #expect(quarter.lastDay.iso == "2026-12-31")
        #expect(quarter.endDay.iso == "2027-01-01")
        #expect(quarter.next == QuarterPeriod(year: 2027, quarter: 1))
        #expect(QuarterPeriod(year: 2027, quarter: 1)!.previous == quarter)
        #expect(quarter.description == "2026Q4")
        #expect(quarter.title.ru == "IV квартал 2026 г.")
    }

    @Test func theQuarterIsReadInTheOrganisationsTimeZone() {
        let interval = QuarterPeriod(year: 2026, quarter: 4)!.interval(in: TimeZone(identifier: "Europe/Moscow")!)
        // Moscow is UTC+3 all year.
        #expect(interval.start == ISO8601DateFormatter().date(from: "2026-09-30T21:00:00Z"))
        #expect(interval.end == ISO8601DateFormatter().date(from: "2026-12-31T21:00:00Z"))
        // Berlin changes to winter time inside Q4: the end is +01:00, the start +02:00.
        let berlin = QuarterPeriod(year: 2026, quarter: 4)!.interval(in: TimeZone(identifier: "Europe/Berlin")!)
        #expect(berlin.start == ISO8601DateFormatter().date(from: "2026-09-30T22:00:00Z"))
        #expect(berlin.end == ISO8601DateFormatter().date(from: "2026-12-31T23:00:00Z"))
    }

    @Test func theQuarterOfADate() {
        #expect(QuarterPeriod(containing: LocalDate(iso: "2026-03-31")!) == QuarterPeriod(year: 2026, quarter: 1))
        #expect(QuarterPeriod(containing: LocalDate(iso: "2026-04-01")!) == QuarterPeriod(year: 2026, quarter: 2))
        #expect(QuarterPeriod(containing: LocalDate(iso: "2026-12-31")!) == QuarterPeriod(year: 2026, quarter: 4))
    }

    @Test func weeksStartOnMondayFromTheWeekOfTheFirstDay() {
        // 2026-10-01 is a Thursday: the first week starts on Monday 2026-09-28; the last on
        // Monday 2026-12-28 (which holds 31 December): 14 weeks.
        let weeks = QuarterPeriod(year: 2026, quarter: 4)!.weekStarts
        #expect(weeks.first?.iso == "2026-09-28")
        #expect(weeks.last?.iso == "2026-12-28")
        #expect(weeks.count == 14)
        #expect(weeks.allSatisfy { $0.weekday == .mon })
    }
}
