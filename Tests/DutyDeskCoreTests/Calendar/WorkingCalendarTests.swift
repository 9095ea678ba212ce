import Foundation
import Testing
@testable import DutyDeskCore

struct WorkingCalendarTests {
    let weekdays = Dictionary(uniqueKeysWithValues: [Weekday.mon, .tue, .wed, .thu, .fri].map {
        ($0, CalendarFixtures.intervals("10:00-20:00"))
    })

    @Test func closedDateBeatsSpecialHours() {
        let date = CalendarFixtures.date("2026-12-01")
        let calendar = WorkingCalendar(weeklyHours: weekdays, closedDates: [date],
                                       specialDays: [date: CalendarFixtures.intervals("12:00-13:00")])
        #expect(calendar.day(date).reason == .closedDate)
        #expect(calendar.day(date).intervals.isEmpty)
    }

    @Test func specialHoursOpenAHoliday() {
        let newYear = CalendarFixtures.date("2026-01-05")
        let calendar = WorkingCalendar(weeklyHours: weekdays,
                                       specialDays: [newYear: CalendarFixtures.intervals("12:00-16:00")])
        #expect(calendar.day(newYear).intervals == CalendarFixtures.intervals("12:00-16:00"))
        #expect(calendar.day(newYear).reason == .special)
    }

    @Test func russianHolidaysCloseAndShortenedDaysEndAnHourEarly() {
        let calendar = WorkingCalendar(weeklyHours: weekdays, holidays: .ru)
        #expect(calendar.day(CalendarFixtures.date("2026-11-04")).reason == .holiday)
        let shortened = calendar.day(CalendarFixtures.date("2026-11-03"))
        #expect(shortened.reason == .shortened)
        #expect(shortened.intervals == CalendarFixtures.intervals("10:00-19:00"))
        #expect(calendar.day(CalendarFixtures.date("2026-03-09")).reason == .holiday)
    }

    @Test func holidayListCanBeSwitchedOff() {
        let calendar = WorkingCalendar(weeklyHours: weekdays, holidays: .none)
        #expect(calendar.day(CalendarFixtures.date("2026-11-04")).isOpen)
    }

    @Test func shorteningCrossesIntoTheEarlierIntervalWhenTheLastIsShort() {
        let shortened = WorkingCalendar.shorten(CalendarFixtures.intervals("10:00-14:00", "15:00-15:30"), by: 60)
        #expect(shortened == CalendarFixtures.intervals("10:00-13:30"))
    }

    @Test func lastThursdaySanitaryDay() {
        let calendar = WorkingCalendar(weeklyHours: weekdays, sanitaryDay: .lastWeekday(.thu), holidays: .none)
        #expect(calendar.day(CalendarFixtures.date("2026-11-26")).reason == .sanitaryDay)
        #expect(calendar.day(CalendarFixtures.date("2026-11-19")).isOpen)
        #expect(calendar.day(CalendarFixtures.date("2026-12-31")).reason == .sanitaryDay)
    }

    @Test func lastWorkingDaySkipsWeekendsAndHolidays() {
        let calendar = WorkingCalendar(weeklyHours: weekdays, sanitaryDay: .lastWorkingDay, holidays: .ru)
        // 2026-05-31 is a Sunday, so the last working day of May is Friday the 29th.
        #expect(calendar.day(CalendarFixtures.date("2026-05-29")).reason == .sanitaryDay)
        // 2026-12-31 is a holiday: the last working day of December is the 30th.
        #expect(calendar.day(CalendarFixtures.date("2026-12-30")).reason == .sanitaryDay)
        #expect(calendar.day(CalendarFixtures.date("2026-12-29")).isOpen)
    }

    @Test func sanitaryRuleCodesRoundTrip() {
        for code in ["none", "last-working-day", "last-thursday", "last-monday"] {
            #expect(SanitaryDayRule(code: code)?.code == code)
        }
        #expect(SanitaryDayRule(code: "last-thu") == .lastWeekday(.thu))
        #expect(SanitaryDayRule(code: "first-monday") == nil)
    }

    @Test func calendarSurvivesAJSONRoundTrip() throws {
        let data = try JSONEncoder().encode(CalendarFixtures.l1)
        let decoded = try JSONDecoder().decode(WorkingCalendar.self, from: data)
        #expect(decoded == CalendarFixtures.l1)
    }

    @Test func provisionalYearIsMarked() {
        #expect(RussianProductionCalendar.provisionalYears == [2027])
        #expect(RussianProductionCalendar.nonWorkingDays.contains(CalendarFixtures.date("2027-02-22")))
    }
}
