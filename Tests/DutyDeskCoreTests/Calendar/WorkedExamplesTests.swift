import Foundation
import Testing
@testable import DutyDeskCore

/// Every row of spec.md's table of worked deadline examples (regulation 6.2).
struct WorkedExamplesTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let calendar: String
        let arrival: String
        let deadline: String
        var testDescription: String { "\(calendar) \(arrival) → \(deadline)" }
    }

    static let examples: [Example] = [
        Example(calendar: "L1", arrival: "2026-11-09 15:00", deadline: "2026-11-10 15:00"),
        Example(calendar: "L1", arrival: "2026-11-09 08:00", deadline: "2026-11-09 20:00"),
        Example(calendar: "L1", arrival: "2026-11-09 20:00", deadline: "2026-11-10 20:00"),
        Example(calendar: "L1", arrival: "2026-11-14 16:00", deadline: "2026-11-16 15:00"),
        Example(calendar: "L1", arrival: "2026-11-02 18:00", deadline: "2026-11-03 18:00"),
        Example(calendar: "L1", arrival: "2026-11-03 17:00", deadline: "2026-11-05 17:00"),
        Example(calendar: "L1", arrival: "2026-11-26 19:00", deadline: "2026-11-30 12:00"),
        Example(calendar: "L2", arrival: "2026-11-10 13:30", deadline: "2026-11-11 13:30"),
        Example(calendar: "L2", arrival: "2026-11-10 14:30", deadline: "2026-11-11 14:00"),
        Example(calendar: "L3", arrival: "2026-10-23 16:00", deadline: "2026-10-26 16:00"),
    ]

    static func calendar(named name: String) -> WorkingCalendar {
        switch name {
        case "L1": CalendarFixtures.l1
        case "L2": CalendarFixtures.l2
        default: CalendarFixtures.l3
        }
    }

    @Test(arguments: examples)
    func deadlineMatchesTheSpec(_ example: Example) throws {
        let timeline = CalendarFixtures.timeline(Self.calendar(named: example.calendar))
        let arrival = CalendarFixtures.local(example.arrival, in: timeline)
        let deadline = try #require(timeline.replyDeadline(forArrival: arrival))
        #expect(CalendarFixtures.localText(deadline.dueAt, in: timeline) == example.deadline)
    }

    @Test func berlinDeadlineIsFifteenHundredUTC() throws {
        let timeline = CalendarFixtures.timeline(CalendarFixtures.l3)
        let arrival = CalendarFixtures.local("2026-10-23 16:00", in: timeline)
        let deadline = try #require(timeline.replyDeadline(forArrival: arrival))
        #expect(deadline.dueAt == ISO8601DateFormatter().date(from: "2026-10-26T15:00:00Z"))
    }

    @Test func saturdayAllowanceIsSaturdaysOpenTime() throws {
        let timeline = CalendarFixtures.timeline(CalendarFixtures.l1)
        let deadline = try #require(timeline.replyDeadline(
            forArrival: CalendarFixtures.local("2026-11-14 16:00", in: timeline)))
        #expect(deadline.allowance == 7 * 3600)
        #expect(CalendarFixtures.localText(deadline.clockStart, in: timeline) == "2026-11-14 16:00")
    }

    @Test func closedArrivalStartsTheClockAtTheNextOpening() throws {
        let timeline = CalendarFixtures.timeline(CalendarFixtures.l1)
        let deadline = try #require(timeline.replyDeadline(
            forArrival: CalendarFixtures.local("2026-11-09 20:00", in: timeline)))
        #expect(CalendarFixtures.localText(deadline.clockStart, in: timeline) == "2026-11-10 10:00")
    }
}
