import Foundation
import Testing
@testable import DutyDeskCore

struct BlockTermTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!
    let berlin = TimeZone(identifier: "Europe/Berlin")!

    func instant(_ text: String) -> Date { LocalTimeText.parseInstant(text)! }

    @Test func presetsAreTheIssuesSixChoicesWithRussianWords() {
        #expect(BlockTerm.presets.map(\.label.ru) == ["1 день", "3 дня", "1 неделя", "1 месяц", "1 год", "навсегда"])
        #expect(BlockTerm.presets.map(\.label.en) == ["1 day", "3 days", "1 week", "1 month", "1 year", "permanent"])
    }

    @Test(arguments: [
        ("7d", BlockTerm.span(count: 7, unit: .day)), ("3d", .span(count: 3, unit: .day)),
        ("1w", .span(count: 1, unit: .week)), ("1m", .span(count: 1, unit: .month)),
        ("1y", .span(count: 1, unit: .year)), ("12h", .span(count: 12, unit: .hour)),
        (" 2W ", .span(count: 2, unit: .week)), ("7д", .span(count: 7, unit: .day)), ("1г", .span(count: 1, unit: .year)),
    ])
    func spansAreRead(text: String, term: BlockTerm) throws {
        #expect(try BlockTerm.parseSpan(text) == term)
    }

    @Test(arguments: ["", "d", "7", "7x", "seven days", "1.5d", "-1d"])
    func unreadableSpansAreRefusedWithTheFormat(text: String) {
        let problem = #expect(throws: BlockTermProblem.self) { try BlockTerm.parseSpan(text) }
        #expect(problem?.message.en.contains("12h, 1d, 3d, 1w, 1m, 1y") == true)
    }

    @Test func zeroIsRefused() {
        #expect(throws: BlockTermProblem.emptySpan) { try BlockTerm.parseSpan("0d") }
    }

    @Test func aDayIsTheSameLocalTimeTomorrowAcrossADaylightSavingChange() throws {
        // Berlin leaves summer time on 2026-10-25: that day has 25 hours.
        let start = instant("2026-10-24T10:00:00+02:00")
        let end = try BlockTerm.span(count: 1, unit: .day).end(from: start, timeZone: berlin)
        #expect(end == instant("2026-10-25T10:00:00+01:00"))
        #expect(end!.timeIntervalSince(start) == 25 * 3600)
        #expect(try BlockTerm.span(count: 24, unit: .hour).end(from: start, timeZone: berlin) == start.addingTimeInterval(86_400))
    }

    @Test func aMonthFromThe31stEndsOnTheLastDayOfTheNextMonth() throws {
        let start = instant("2027-01-31T12:00:00+03:00")
        #expect(try BlockTerm.span(count: 1, unit: .month).end(from: start, timeZone: moscow) == instant("2027-02-28T12:00:00+03:00"))
    }

    @Test func aYearIsAllowedToTheSecondAndNotBeyond() throws {
        let start = instant("2026-11-09T15:00:00+03:00")
        let yearLater = instant("2027-11-09T15:00:00+03:00")
        #expect(try BlockTerm.span(count: 1, unit: .year).end(from: start, timeZone: moscow) == yearLater)
        #expect(try BlockTerm.until(yearLater).end(from: start, timeZone: moscow) == yearLater)
        let problem = #expect(throws: BlockTermProblem.self) {
            try BlockTerm.until(yearLater.addingTimeInterval(1)).end(from: start, timeZone: moscow)
        }
        #expect(problem == .beyondAYear(latest: yearLater, timeZone: moscow))
        #expect(problem?.message.ru.contains("не более чем на год вперёд (самое позднее — 2027-11-09 15:00)") == true)
        #expect(problem?.message.en.contains("--permanent") == true)
        #expect(throws: BlockTermProblem.self) { try BlockTerm.span(count: 13, unit: .month).end(from: start, timeZone: moscow) }
        #expect(throws: BlockTermProblem.self) { try BlockTerm.span(count: 366, unit: .day).end(from: start, timeZone: moscow) }
    }

    @Test func permanentHasNoEnd() throws {
        #expect(try BlockTerm.permanent.end(from: Date(), timeZone: moscow) == nil)
    }

    @Test func aDateMeansThroughTheEndOfThatLocalDay() throws {
        let start = instant("2026-11-09T15:00:00+03:00")
        let term = try BlockTerm.parseEnd("2026-12-01", timeZone: moscow)
        #expect(term == .throughDate(LocalDate(iso: "2026-12-01")!))
        #expect(try term.end(from: start, timeZone: moscow) == instant("2026-12-02T00:00:00+03:00"))
        #expect(term.label.ru == "по 2026-12-01 включительно")
        #expect(try BlockTerm.parseEnd("01.12.2026", timeZone: moscow) == term)
        // Today: until midnight tonight.
        #expect(try BlockTerm.parseEnd("2026-11-09", timeZone: moscow).end(from: start, timeZone: moscow)
                == instant("2026-11-10T00:00:00+03:00"))
    }

    @Test func aDateInThePastIsRefused() {
        let start = instant("2026-11-09T15:00:00+03:00")
        let problem = #expect(throws: BlockTermProblem.self) {
            try BlockTerm.throughDate(LocalDate(iso: "2026-11-08")!).end(from: start, timeZone: moscow)
        }
        #expect(problem?.message.ru.contains("уже прошёл") == true)
        #expect(throws: BlockTermProblem.self) { try BlockTerm.until(start).end(from: start, timeZone: moscow) }
    }

    @Test func aDateExactlyAYearAheadIsBeyondTheLimitAndSaysTheLatest() {
        let start = instant("2026-11-09T15:00:00+03:00")
        let problem = #expect(throws: BlockTermProblem.self) {
            try BlockTerm.throughDate(LocalDate(iso: "2027-11-09")!).end(from: start, timeZone: moscow)
        }
        #expect(problem == .beyondAYear(latest: instant("2027-11-09T15:00:00+03:00"), timeZone: moscow))
    }

    @Test func endsWithATimeAreLocalOrCarryTheirZone() throws {
        #expect(try BlockTerm.parseEnd("2026-12-01 18:00", timeZone: moscow) == .until(instant("2026-12-01T15:00:00Z")))
        #expect(try BlockTerm.parseEnd("2026-12-01T18:00", timeZone: moscow) == .until(instant("2026-12-01T15:00:00Z")))
        #expect(try BlockTerm.parseEnd("2026-12-01T18:00:00Z", timeZone: moscow) == .until(instant("2026-12-01T18:00:00Z")))
        #expect(throws: BlockTermProblem.unreadableDate("next week")) { try BlockTerm.parseEnd("next week", timeZone: moscow) }
        #expect(throws: BlockTermProblem.self) { try BlockTerm.parseEnd("31.02.2026", timeZone: moscow) }
    }

    @Test(arguments: [(1, "день"), (2, "дня"), (4, "дня"), (5, "дней"), (11, "дней"), (14, "дней"), (21, "день"),
                      (22, "дня"), (25, "дней"), (111, "дней")])
    func russianPlurals(count: Int, word: String) {
        #expect(BlockTerm.Unit.day.russianWord(count) == word)
    }
}
