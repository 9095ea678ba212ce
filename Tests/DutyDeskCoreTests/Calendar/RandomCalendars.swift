import Foundation
@testable import DutyDeskCore

/// Random but plausible working calendars for property tests.
enum RandomCalendars {
    static let zones = ["Europe/Moscow", "Europe/Berlin", "America/New_York", "Asia/Yekaterinburg",
                        "Australia/Lord_Howe", "Europe/London"]

    static func make(_ rng: inout SeededGenerator) -> WorkingCalendar {
        var weekly: [Weekday: [OpenInterval]] = [:]
        for weekday in Weekday.allCases where Int.random(in: 0..<10, using: &rng) < 7 {
            weekly[weekday] = randomDay(&rng)
        }
        let base = LocalDate(iso: "2026-10-01")!
        var closed: Set<LocalDate> = []
        var special: [LocalDate: [OpenInterval]] = [:]
        for _ in 0..<Int.random(in: 0...6, using: &rng) {
            closed.insert(base.adding(days: Int.random(in: 0..<120, using: &rng)))
        }
        for _ in 0..<Int.random(in: 0...4, using: &rng) {
            special[base.adding(days: Int.random(in: 0..<120, using: &rng))] = randomDay(&rng)
        }
        let sanitary: [SanitaryDayRule] = [.none, .lastWorkingDay, .lastWeekday(.thu), .lastWeekday(.fri)]
        return WorkingCalendar(
            timeZoneIdentifier: zones.randomElement(using: &rng)!,
            weeklyHours: weekly,
            sanitaryDay: sanitary.randomElement(using: &rng)!,
            closedDates: closed,
            specialDays: special,
            holidays: Bool.random(using: &rng) ? .ru : .none
        )
    }

    /// One to three non-overlapping intervals on a quarter-hour grid, some touching midnight.
    static func randomDay(_ rng: inout SeededGenerator) -> [OpenInterval] {
        var cuts = Set<Int>()
        let count = Int.random(in: 1...3, using: &rng) * 2
        while cuts.count < count {
            cuts.insert(Int.random(in: 0...96, using: &rng) * 15)
        }
        let sorted = cuts.sorted()
        return stride(from: 0, to: sorted.count, by: 2).map {
            try! OpenInterval(start: TimeOfDay(minutes: sorted[$0])!, end: TimeOfDay(minutes: sorted[$0 + 1])!)
        }
    }

    /// A random instant in October–December 2026, on a minute boundary or not.
    static func instant(_ rng: inout SeededGenerator) -> Date {
        let start = 1_790_812_800.0 // 2026-10-01T00:00:00Z
        return Date(timeIntervalSince1970: start + Double(Int.random(in: 0..<(90 * 86_400), using: &rng)))
    }
}
