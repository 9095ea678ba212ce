import DutyDeskCore
import Foundation
import GRDB

/// A week of duty shifts for the demo: every open period of each page's department, this week
/// (Monday to Sunday), taken in turn by the page's administrators who are not absent that day.
enum DemoDutyWeek {
    /// Periods longer than this are split in two, as a coordinator would split a long day.
    static let longestShift: TimeInterval = 6 * 3600

    static func write(_ db: Database, organisation: Organisation, calendars: [String: PageCalendar], now: Date) throws {
        for page in organisation.pages {
            guard let calendar = calendars[page.id] else { continue }
            let team = organisation.staff.filter { member in
                guard let role = member.roles[page.id] else { return false }
                return role == .admin || role == .coordinator
            }.sorted { $0.username < $1.username }
            guard !team.isEmpty else { continue }
            let timeline = calendar.timeline
            let today = timeline.localDate(of: now)
            let monday = today.adding(days: -Weekday.allCases.firstIndex(of: today.weekday)!)
            var turn = 0
            for offset in 0..<7 {
                let date = monday.adding(days: offset)
                let available = team.filter { member in
                    !member.absences.contains { $0.from <= date && date <= $0.to }
                }
                guard !available.isEmpty else { continue }
                for period in timeline.periods(on: date) {
                    for shift in split(period) {
                        let member = available[turn % available.count]
                        turn += 1
                        try db.execute(sql: """
                            INSERT INTO duty_shifts (page_id, username, starts_at, ends_at, created_by, created_at)
                            VALUES (?, ?, ?, ?, 'demo', ?)
                            """, arguments: [page.id, member.username, Int64(shift.start.timeIntervalSince1970),
                                             Int64(shift.end.timeIntervalSince1970), Int64(now.timeIntervalSince1970)])
                    }
                }
            }
        }
    }

    static func split(_ period: DateInterval) -> [DateInterval] {
        guard period.duration > longestShift else { return [period] }
        // Split at the half hour nearest the middle, as people write shifts.
        let half = Date(timeIntervalSince1970: ((period.start.timeIntervalSince1970 + period.duration / 2) / 1800).rounded() * 1800)
        return [DateInterval(start: period.start, end: half), DateInterval(start: half, end: period.end)]
    }
}
