import Foundation
import Testing
@testable import DutyDeskCore

/// The table ingest reads deadlines from must answer exactly as `OpenTimeline.replyDeadline`:
/// on random calendars (holidays, sanitary days, special days, six time zones, daylight-saving
/// changes in October and November 2026), for instants in any order, and at every period's
/// edges, where an off-by-one would show.
struct ReplyDeadlineTableTests {
    static func expected(_ timeline: OpenTimeline, _ arrival: Int64) -> Int64? {
        timeline.replyDeadline(forArrival: Date(timeIntervalSince1970: TimeInterval(arrival)))
            .map { Int64($0.dueAt.timeIntervalSince1970.rounded()) }
    }

    @Test(arguments: Array(UInt64(1)...40))
    func answersAsTheTimelineForRandomInstantsInAnyOrder(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let timeline = try OpenTimeline(calendar: RandomCalendars.make(&rng))
        var table = ReplyDeadlineTable(timeline: timeline)
        for _ in 0..<150 {
            let arrival = Int64(RandomCalendars.instant(&rng).timeIntervalSince1970)
            #expect(table.deadline(forArrival: arrival) == Self.expected(timeline, arrival),
                    "seed \(seed), arrival \(arrival), zone \(timeline.timeZone.identifier)")
        }
    }

    @Test(arguments: Array(UInt64(41)...60))
    func answersAsTheTimelineAtTheEdgesOfOpenPeriods(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let timeline = try OpenTimeline(calendar: RandomCalendars.make(&rng))
        var table = ReplyDeadlineTable(timeline: timeline)
        // Late October to early November: both the European and the American change.
        let first = LocalDate(iso: "2026-10-20")!
        for offset in 0..<20 {
            let date = first.adding(days: offset)
            let midnight = Int64(timeline.instant(date, TimeOfDay(minutes: 0)!).timeIntervalSince1970)
            var edges = [midnight - 1, midnight, midnight + 1]
            for period in timeline.periods(on: date) {
                for instant in [period.start, period.end] {
                    let second = Int64(instant.timeIntervalSince1970)
                    edges += [second - 1, second, second + 1]
                }
            }
            for arrival in edges {
                #expect(table.deadline(forArrival: arrival) == Self.expected(timeline, arrival),
                        "seed \(seed), arrival \(arrival), zone \(timeline.timeZone.identifier)")
            }
        }
    }

    @Test func aDepartmentThatNeverOpensHasNoDeadline() throws {
        let never = WorkingCalendar(timeZoneIdentifier: "Europe/Moscow", weeklyHours: [:], sanitaryDay: .none,
                                    closedDates: [], specialDays: [:], holidays: .none)
        var table = ReplyDeadlineTable(timeline: try OpenTimeline(calendar: never))
        #expect(table.deadline(forArrival: 1_790_812_800) == nil)
    }
}
