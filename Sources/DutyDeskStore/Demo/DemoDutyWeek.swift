import DutyDeskCore
import Foundation
import GRDB

/// A week of duty shifts for the demo (Monday to Sunday of the demo clock's week), made by the
/// real rotation: each open day split at 15:00, every page's administrators in turn, absences
/// respected and nobody on two pages at once.
enum DemoDutyWeek {
    static let split = TimeOfDay(hour: 15, minute: 0)!

    static func write(_ db: Database, organisation: Organisation, calendars: [String: PageCalendar], now: Date) throws {
        let absences = DutyFacts.absences(organisation.staff)
        // Pages with the fewest people first: they have the least room, and those on several
        // pages are then placed where they are needed most.
        let pages = organisation.pages.map(\.id).sorted { a, b in
            let sizeA = DutyTeam.members(of: a, in: organisation.staff).count
            let sizeB = DutyTeam.members(of: b, in: organisation.staff).count
            return sizeA != sizeB ? sizeA < sizeB : a < b
        }
        var written: [Shift] = []
        for pageID in pages {
            guard let timeline = calendars[pageID]?.timeline else { continue }
            let team = DutyTeam.members(of: pageID, in: organisation.staff)
            guard !team.isEmpty else { continue }
            let monday = DutyWeek.monday(of: timeline.localDate(of: now))
            let request = RotationRequest(pageID: pageID, timeline: timeline, team: team, absences: absences,
                                          from: monday, to: monday.adding(days: 6), pattern: .split(at: split),
                                          busy: written.filter { team.contains($0.username) })
            for shift in RotationGenerator.propose(request).shifts {
                var record = DutyShiftRecord(shift, createdBy: "demo", createdAt: now)
                try record.insert(db)
                written.append(shift)
            }
        }
    }
}
