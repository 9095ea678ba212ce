import Foundation
import Testing
@testable import DutyDeskCore

/// The table must give exactly the timeline's answers, only faster.
struct OpenTimeTableTests {
    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970) }

    @Test(arguments: WorkedExamplesTests.examples)
    func workedDeadlinesMatchTheSpec(_ example: WorkedExamplesTests.Example) throws {
        let timeline = CalendarFixtures.timeline(WorkedExamplesTests.calendar(named: example.calendar))
        let table = OpenTimeTable(timeline: timeline, from: CalendarFixtures.local("2026-10-01 00:00", in: timeline),
                                  to: CalendarFixtures.local("2026-12-31 00:00", in: timeline))
        let arrival = Self.seconds(CalendarFixtures.local(example.arrival, in: timeline))
        let due = try #require(table.deadline(forArrival: arrival))
        #expect(CalendarFixtures.localText(Date(timeIntervalSince1970: TimeInterval(due)), in: timeline) == example.deadline)
    }

    @Test func openTimeOnAWorkedExample() {
        // L1: Mon 2026-11-09 15:00 → Tue 2026-11-10 12:00 is 5 h on Monday and 2 h on Tuesday.
        let timeline = CalendarFixtures.timeline(CalendarFixtures.l1)
        let table = OpenTimeTable(timeline: timeline, from: CalendarFixtures.local("2026-11-01 00:00", in: timeline),
                                  to: CalendarFixtures.local("2026-11-30 00:00", in: timeline))
        let from = Self.seconds(CalendarFixtures.local("2026-11-09 15:00", in: timeline))
        let to = Self.seconds(CalendarFixtures.local("2026-11-10 12:00", in: timeline))
        #expect(table.openSeconds(from: from, to: to) == 7 * 3600)
        #expect(table.openSeconds(from: to, to: from) == 0)
    }

    /// Random calendars (time zones with daylight saving, lunch breaks, holidays) and random
    /// instants, inside the table's dates and beyond them (where it asks the timeline).
    @Test(arguments: Array(UInt64(1)...40))
    func agreesWithTheTimeline(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let timeline = try OpenTimeline(calendar: RandomCalendars.make(&rng))
        let table = OpenTimeTable(timeline: timeline, from: Date(timeIntervalSince1970: 1_791_000_000),
                                  to: Date(timeIntervalSince1970: 1_796_000_000))
        for _ in 0..<40 {
            let arrival = RandomCalendars.instant(&rng)
            let later = arrival.addingTimeInterval(Double(Int.random(in: 0...(20 * 86_400), using: &rng)))
            let expectedDue = timeline.replyDeadline(forArrival: arrival).map { Self.seconds($0.dueAt) }
            #expect(table.deadline(forArrival: Self.seconds(arrival)) == expectedDue, "seed \(seed) arrival \(arrival)")
            #expect(table.openSeconds(from: Self.seconds(arrival), to: Self.seconds(later))
                    == Int64(timeline.openTime(from: arrival, to: later)), "seed \(seed) \(arrival) → \(later)")
        }
    }
}
