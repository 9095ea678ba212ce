import Foundation
import Testing
@testable import DutyDeskCore

/// Gaps are open time with nobody on duty: lunch breaks, holidays and sanitary days are closed
/// time, never gaps.
struct CoverageGapTests {
    let lunch = CalendarFixtures.timeline(CalendarFixtures.l2)

    func gaps(_ timeline: OpenTimeline, _ from: String, _ to: String, _ shifts: [Shift],
              absences: [String: [Absence]] = [:]) -> [String] {
        CoverageGaps.find(pageID: "p", timeline: timeline, from: CalendarFixtures.local(from, in: timeline),
                          to: CalendarFixtures.local(to, in: timeline), shifts: shifts, absences: absences)
            .map { "\(CalendarFixtures.localText($0.start, in: timeline))–\(timeline.localTime(of: $0.end))" }
    }

    @Test func aLunchBreakIsNotAGapAndSplitsOne() {
        let morning = DutyFixtures.shift("p", "anna", "2026-11-10 11:00", "13:00", on: lunch)
        #expect(gaps(lunch, "2026-11-10 00:00", "2026-11-11 00:00", [morning])
                == ["2026-11-10 13:00–14:00", "2026-11-10 15:00–19:00"])
    }

    @Test func aShiftAcrossTheLunchBreakCoversBothHalves() {
        let day = DutyFixtures.shift("p", "anna", "2026-11-10 11:00", "19:00", on: lunch)
        #expect(gaps(lunch, "2026-11-10 00:00", "2026-11-11 00:00", [day]).isEmpty)
    }

    @Test func shiftsOfOtherPagesDoNotCover() {
        let elsewhere = DutyFixtures.shift("q", "anna", "2026-11-10 11:00", "19:00", on: lunch)
        #expect(gaps(lunch, "2026-11-10 00:00", "2026-11-11 00:00", [elsewhere]).count == 2)
    }

    @Test func holidaysAndShortenedDaysFollowTheOfficialCalendar() {
        var calendar = DutyFixtures.plainWeekdays
        calendar.holidays = .ru
        let timeline = CalendarFixtures.timeline(calendar)
        // 2026-11-03 is shortened (closes at 17:00), 2026-11-04 a holiday.
        let shortened = DutyFixtures.shift("p", "anna", "2026-11-03 10:00", "16:00", on: timeline)
        #expect(gaps(timeline, "2026-11-03 00:00", "2026-11-05 00:00", [shortened]) == ["2026-11-03 16:00–17:00"])
    }

    @Test func theSanitaryDayIsClosed() {
        var calendar = DutyFixtures.plainWeekdays
        calendar.sanitaryDay = .lastWeekday(.thu)
        let timeline = CalendarFixtures.timeline(calendar)
        // The last Thursday of November 2026 is the 26th; Friday the 27th is open.
        #expect(gaps(timeline, "2026-11-26 00:00", "2026-11-28 00:00", []) == ["2026-11-27 10:00–18:00"])
    }

    @Test func theShiftOfAnAbsentPersonDoesNotCover() {
        let timeline = CalendarFixtures.timeline(DutyFixtures.plainWeekdays)
        let shift = DutyFixtures.shift("p", "anna", "2026-11-09 10:00", "18:00", on: timeline)
        let away = ["anna": [DutyFixtures.absence("2026-11-09", "2026-11-09", .sickLeave)]]
        #expect(gaps(timeline, "2026-11-09 00:00", "2026-11-10 00:00", [shift], absences: away) == ["2026-11-09 10:00–18:00"])
    }

    @Test func theRangeCutsGapsAtItsEnds() {
        #expect(gaps(lunch, "2026-11-10 12:30", "2026-11-10 16:00", []) == ["2026-11-10 12:30–14:00", "2026-11-10 15:00–16:00"])
    }

    @Test func overlappingAndTouchingShiftsCoverTogether() {
        let a = DutyFixtures.shift("p", "anna", "2026-11-10 11:00", "16:00", on: lunch)
        let b = DutyFixtures.shift("p", "boris", "2026-11-10 15:30", "17:00", on: lunch)
        let c = DutyFixtures.shift("p", "vera", "2026-11-10 17:00", "19:00", on: lunch)
        #expect(gaps(lunch, "2026-11-10 00:00", "2026-11-11 00:00", [a, b, c]).isEmpty)
    }

    /// Against a brute force over every minute of random calendars and shifts.
    @Test(arguments: Array(UInt64(1)...40))
    func gapsAreExactlyTheUncoveredOpenMinutes(seed: UInt64) {
        var rng = SeededGenerator(seed: seed &+ 1000)
        let timeline = try! OpenTimeline(calendar: RandomCalendars.make(&rng))
        let from = LocalDate(iso: "2026-10-05")!.adding(days: Int.random(in: 0..<60, using: &rng))
        let start = timeline.instant(from, TimeOfDay(minutes: 0)!)
        let end = timeline.instant(from.adding(days: 3), TimeOfDay(minutes: 0)!)
        let shifts = (0..<Int.random(in: 0...6, using: &rng)).map { _ -> Shift in
            let s = start.addingTimeInterval(Double(Int.random(in: 0..<(3 * 96), using: &rng)) * 900)
            return Shift(pageID: "p", username: "u", start: s, end: s.addingTimeInterval(Double(Int.random(in: 1...24, using: &rng)) * 900))
        }
        let found = CoverageGaps.find(pageID: "p", timeline: timeline, from: start, to: end, shifts: shifts)
        var minute = start.addingTimeInterval(30)
        var wrong: [Date] = []
        while minute < end {
            let expected = timeline.isOpen(at: minute) && !shifts.contains { $0.contains(minute) }
            if found.contains(where: { $0.contains(minute) }) != expected { wrong.append(minute) }
            minute = minute.addingTimeInterval(60)
        }
        #expect(wrong.isEmpty, "seed \(seed): wrong at \(wrong.prefix(3))")
    }
}
