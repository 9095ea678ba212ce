import Foundation
import Testing
@testable import DutyDeskCore

struct NoOpenTimeTests {
    @Test func calendarThatNeverOpensHasNoDeadline() throws {
        let timeline = try OpenTimeline(calendar: WorkingCalendar(weeklyHours: [:], holidays: .none))
        let arrival = Date(timeIntervalSince1970: 1_790_812_800)
        #expect(timeline.replyDeadline(forArrival: arrival) == nil)
        #expect(timeline.nextOpening(after: arrival) == nil)
        #expect(timeline.isOpen(at: arrival) == false)
    }

    @Test func openingBeyondTheHorizonCountsAsNone() throws {
        // Only one special day, 400 days away: beyond the 366-day horizon.
        let far = LocalDate(iso: "2027-11-05")!
        let calendar = WorkingCalendar(weeklyHours: [:], specialDays: [far: CalendarFixtures.intervals("10:00-12:00")],
                                       holidays: .none)
        let timeline = try OpenTimeline(calendar: calendar)
        #expect(timeline.replyDeadline(forArrival: CalendarFixtures.local("2026-10-01 10:00", in: timeline)) == nil)
        #expect(timeline.replyDeadline(forArrival: CalendarFixtures.local("2027-11-01 10:00", in: timeline)) != nil)
    }

    @Test func unknownTimeZoneIsRefused() {
        #expect(throws: OpenTimeline.UnknownTimeZone(identifier: "Mars/Olympus")) {
            try OpenTimeline(calendar: WorkingCalendar(timeZoneIdentifier: "Mars/Olympus", weeklyHours: [:]))
        }
    }
}
