import Foundation
@testable import DutyDeskCore

/// Random teams, absences and other duties for rotation properties, on the quarter-hour grid
/// (the random calendars' grid), so that sampling every quarter hour sees every boundary.
struct RandomRotationCase {
    let seed: UInt64
    let request: RotationRequest

    static let pageID = "page"
    static let quarter: TimeInterval = 900

    init(seed: UInt64) {
        self.seed = seed
        var rng = SeededGenerator(seed: seed)
        let calendar = RandomCalendars.make(&rng)
        let timeline = try! OpenTimeline(calendar: calendar)
        let from = LocalDate(iso: "2026-10-01")!.adding(days: Int.random(in: 0..<80, using: &rng))
        let to = from.adding(days: Int.random(in: 0..<28, using: &rng))
        let team = (0..<Int.random(in: 1...5, using: &rng)).map { "u\($0)" }
        var absences: [String: [Absence]] = [:]
        for username in team where Int.random(in: 0..<3, using: &rng) == 0 {
            let start = from.adding(days: Int.random(in: -3...from.days(until: to), using: &rng))
            absences[username] = [Absence(from: start, to: start.adding(days: Int.random(in: 0...6, using: &rng)),
                                          reason: Bool.random(using: &rng) ? .vacation : .sickLeave)]
        }
        let window = DateInterval(start: timeline.instant(from, TimeOfDay(minutes: 0)!), end: timeline.instant(to, .endOfDay))
        var kept: [Shift] = []
        var busy: [Shift] = []
        for username in team {
            // Each person's own duties never overlap each other, as the store guarantees.
            var cursor = window.start.addingTimeInterval(-86_400)
            while Int.random(in: 0..<3, using: &rng) > 0 {
                let start = cursor.addingTimeInterval(Double(Int.random(in: 1...200, using: &rng)) * Self.quarter)
                let end = start.addingTimeInterval(Double(Int.random(in: 1...40, using: &rng)) * Self.quarter)
                guard start < window.end else { break }
                let onThisPage = Int.random(in: 0..<2, using: &rng) == 0
                let shift = Shift(pageID: onThisPage ? Self.pageID : "other", username: username, start: start, end: end)
                if onThisPage { kept.append(shift) } else { busy.append(shift) }
                cursor = end
            }
        }
        let pattern: RotationPattern = Bool.random(using: &rng)
            ? .wholeDays : .split(at: TimeOfDay(minutes: Int.random(in: 24...88, using: &rng) * 15)!)
        request = RotationRequest(pageID: Self.pageID, timeline: timeline, team: team, absences: absences,
                                  from: from, to: to, pattern: pattern, kept: kept, busy: busy)
    }
}
