import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskStore

/// Ingest reads deadlines from tables that follow the feed through time; every answer must be
/// the timeline's, wherever the arrivals fall: inside a table, beyond it, years away, at open
/// periods' edges, or at a wrong date that must not drag the table away from the feed.
struct IngestClocksTests {
    static let zones = ["Europe/Moscow", "Europe/Berlin", "Africa/Cairo", "America/Santiago", "Australia/Lord_Howe"]

    /// A calendar made up from the seed: opening hours from a few real patterns (a lunch break,
    /// days open past 20:00, closed weekdays), some closed and special days around the DST
    /// changes of October and November 2026, Russian holidays or none.
    static func calendar(seed: UInt64) throws -> WorkingCalendar {
        var random = SplitMix64(seed: seed)
        func interval(_ from: Int, _ to: Int) throws -> OpenInterval {
            try OpenInterval(start: TimeOfDay(minutes: from)!, end: TimeOfDay(minutes: to)!)
        }
        let patterns = [
            [try interval(600, 1200)], [try interval(660, 840), try interval(900, 1140)], [try interval(0, 180)],
            [try interval(1260, 1440)], [],
        ]
        var weekly: [Weekday: [OpenInterval]] = [:]
        for weekday in Weekday.allCases {
            weekly[weekday] = patterns[Int(random.uniform(below: UInt64(patterns.count)))]
        }
        let base = LocalDate(iso: "2026-10-15")!
        var closed: Set<LocalDate> = [], special: [LocalDate: [OpenInterval]] = [:]
        for _ in 0..<4 { closed.insert(base.adding(days: Int(random.uniform(below: 40)))) }
        for _ in 0..<3 { special[base.adding(days: Int(random.uniform(below: 40)))] = [try interval(720, 900)] }
        return WorkingCalendar(timeZoneIdentifier: zones[Int(seed) % zones.count], weeklyHours: weekly,
                               sanitaryDay: random.uniform(below: 2) == 0 ? .none : .lastWeekday(.thu),
                               closedDates: closed, specialDays: special,
                               holidays: random.uniform(below: 2) == 0 ? .ru : .none)
    }

    static func clock(_ calendar: WorkingCalendar) throws -> (IngestClocks.Clock, OpenTimeline) {
        let timeline = try OpenTimeline(calendar: calendar)
        let page = PageCalendar(pageID: "p", pageName: "p", network: "vk", departmentID: "d", timeline: timeline)
        return (try #require(IngestClocks(calendars: ["p": page]).clock(forPage: "p")), timeline)
    }

    static func expected(_ timeline: OpenTimeline, _ arrival: Int64) -> Int64? {
        timeline.replyDeadline(forArrival: Date(timeIntervalSince1970: TimeInterval(arrival)))
            .map { Int64($0.dueAt.timeIntervalSince1970.rounded()) }
    }

    @Test(arguments: Array(UInt64(1)...25))
    func answersAsTheTimelineWhereverArrivalsFall(seed: UInt64) throws {
        let (clock, timeline) = try Self.clock(Self.calendar(seed: seed))
        var random = SplitMix64(seed: seed &* 7919)
        var arrivals: [Int64] = []
        // A feed over 2026 with its edges: every period start and end ±1 s in October–November.
        for _ in 0..<60 { arrivals.append(1_767_225_600 + Int64(random.uniform(below: 365 * 86_400))) }
        let first = LocalDate(iso: "2026-10-20")!
        for offset in 0..<16 {
            for period in timeline.periods(on: first.adding(days: offset)) {
                for edge in [period.start, period.end] {
                    let second = Int64(edge.timeIntervalSince1970)
                    arrivals += [second - 1, second, second + 1]
                }
            }
        }
        // Years away: the table moves, or the timeline answers.
        arrivals += [1_577_836_800, 1_893_456_000, 1_767_225_600, 1_790_000_000]
        for arrival in arrivals {
            #expect(clock.deadline(forArrival: arrival) == Self.expected(timeline, arrival),
                    "seed \(seed), arrival \(arrival), zone \(timeline.timeZone.identifier)")
        }
        // Dates no feed has get no deadline, and break nothing.
        for arrival in [1_794_000_000_000, -5, .max, .min] as [Int64] {
            #expect(clock.deadline(forArrival: arrival) == nil, "arrival \(arrival)")
        }
        #expect(clock.deadline(forArrival: 1_790_000_000) == Self.expected(timeline, 1_790_000_000))
    }

    /// The clock starts inside the horizon but would need open time beyond it to run out:
    /// the timeline says "no deadline", and so must the table, which covers that far.
    @Test func aDeadlineBeyondTheHorizonFromTheClockStartIsNone() throws {
        let day = LocalDate(iso: "2026-10-01")!
        let hours = [try OpenInterval(start: TimeOfDay(hour: 10, minute: 0)!, end: TimeOfDay(hour: 12, minute: 0)!)]
        let calendar = WorkingCalendar(timeZoneIdentifier: "Europe/Moscow", weeklyHours: [:], sanitaryDay: .none,
                                       closedDates: [], specialDays: [day: hours, day.adding(days: 367): hours],
                                       holidays: .none)
        let (clock, timeline) = try Self.clock(calendar)
        let eleven = Int64(timeline.instant(day, TimeOfDay(hour: 11, minute: 0)!).timeIntervalSince1970)
        #expect(Self.expected(timeline, eleven) == nil)
        #expect(clock.deadline(forArrival: eleven) == nil)
    }

    @Test func aDepartmentThatOpensOnlyAtTheHorizonStillGetsItsDeadline() throws {
        let arrival = LocalDate(iso: "2026-10-01")!
        for (offset, expectsDeadline) in [(366, true), (367, false)] {
            let special = [arrival.adding(days: offset): [try OpenInterval(start: TimeOfDay(hour: 10, minute: 0)!,
                                                                         end: TimeOfDay(hour: 12, minute: 0)!)]]
            let calendar = WorkingCalendar(timeZoneIdentifier: "Europe/Moscow", weeklyHours: [:], sanitaryDay: .none,
                                           closedDates: [], specialDays: special, holidays: .none)
            let (clock, timeline) = try Self.clock(calendar)
            let noon = Int64(timeline.instant(arrival, TimeOfDay(hour: 12, minute: 0)!).timeIntervalSince1970)
            #expect(clock.deadline(forArrival: noon) == Self.expected(timeline, noon))
            #expect((clock.deadline(forArrival: noon) != nil) == expectsDeadline, "opens \(offset) days later")
        }
    }
}
