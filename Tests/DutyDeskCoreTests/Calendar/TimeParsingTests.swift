import Testing
@testable import DutyDeskCore

struct TimeParsingTests {
    @Test(arguments: ["25:00", "10:60", "24:30", "ab:cd", "10", "-1:00", "10:0", "１０:００"])
    func badTimesAreRefused(_ text: String) {
        #expect(TimeOfDay(text: text) == nil)
    }

    @Test func goodTimesParse() {
        #expect(TimeOfDay(text: "9:05")?.minutes == 545)
        #expect(TimeOfDay(text: "24:00") == .endOfDay)
    }

    @Test func intervalThatEndsBeforeItStartsIsRefused() {
        #expect(throws: OpenInterval.ParseError.endsBeforeItStarts("20:00-10:00")) {
            try OpenInterval(text: "20:00-10:00")
        }
        #expect(throws: OpenInterval.ParseError.badTime("25:00")) { try OpenInterval(text: "10:00-25:00") }
    }

    @Test func overlapIsFound() {
        let list = CalendarFixtures.intervals("10:00-14:00", "13:00-18:00")
        #expect(list.firstOverlap() != nil)
        #expect(CalendarFixtures.intervals("10:00-14:00", "14:00-18:00").firstOverlap() == nil)
    }

    @Test func localDateArithmetic() {
        let date = LocalDate(iso: "2026-11-29")!
        #expect(date.weekday == .sun)
        #expect(date.adding(days: 3).iso == "2026-12-02")
        #expect(LocalDate(iso: "2026-02-29") == nil)
        #expect(LocalDate(iso: "2028-02-29")?.adding(days: 1).iso == "2028-03-01")
        #expect(LocalDate(dayNumber: 0).iso == "1970-01-01")
    }
}
