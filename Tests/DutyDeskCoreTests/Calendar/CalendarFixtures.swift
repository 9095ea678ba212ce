import Foundation
@testable import DutyDeskCore

/// The calendars of spec.md's worked examples, and helpers to read and write local times.
enum CalendarFixtures {
    static func intervals(_ texts: String...) -> [OpenInterval] {
        texts.map { try! OpenInterval(text: $0) }
    }

    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    /// L1: Mon–Fri 10–20, Sat 11–18, Sun closed; 11-04 and 11-27 closed; 11-03 shortened to 10–19.
    static let l1 = WorkingCalendar(
        timeZoneIdentifier: "Europe/Moscow",
        weeklyHours: [
            .mon: intervals("10:00-20:00"), .tue: intervals("10:00-20:00"), .wed: intervals("10:00-20:00"),
            .thu: intervals("10:00-20:00"), .fri: intervals("10:00-20:00"), .sat: intervals("11:00-18:00"),
        ],
        closedDates: [date("2026-11-04"), date("2026-11-27")],
        specialDays: [date("2026-11-03"): intervals("10:00-19:00")],
        holidays: .none
    )

    /// L2: a lunch break, Tue–Sat 11–14 and 15–19.
    static let l2 = WorkingCalendar(
        timeZoneIdentifier: "Europe/Moscow",
        weeklyHours: Dictionary(uniqueKeysWithValues: [Weekday.tue, .wed, .thu, .fri, .sat].map {
            ($0, intervals("11:00-14:00", "15:00-19:00"))
        }),
        holidays: .none
    )

    /// L3: Berlin, Mon–Fri 9–17, across the end of daylight-saving time on 2026-10-25.
    static let l3 = WorkingCalendar(
        timeZoneIdentifier: "Europe/Berlin",
        weeklyHours: Dictionary(uniqueKeysWithValues: [Weekday.mon, .tue, .wed, .thu, .fri].map {
            ($0, intervals("09:00-17:00"))
        }),
        holidays: .none
    )

    static func timeline(_ calendar: WorkingCalendar) -> OpenTimeline { try! OpenTimeline(calendar: calendar) }

    /// "2026-11-09 15:00" in the timeline's zone.
    static func local(_ text: String, in timeline: OpenTimeline) -> Date {
        let parts = text.split(separator: " ")
        return timeline.instant(date(String(parts[0])), TimeOfDay(text: String(parts[1]))!)
    }

    static func localText(_ instant: Date, in timeline: OpenTimeline) -> String {
        "\(timeline.localDate(of: instant)) \(timeline.localTime(of: instant))"
    }
}
