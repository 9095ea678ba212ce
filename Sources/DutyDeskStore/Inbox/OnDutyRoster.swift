import DutyDeskCore
import Foundation
import GRDB

/// What the inbox header needs to say who is on duty, loaded once per database change and
/// asked every second without touching the database: each page's calendar and shifts around
/// the load time, the staff's absences and names. The answer is `DutyRoster.status`, the same
/// rule the schedule panel and `duty show` use (absent people are not on duty; open time with
/// nobody on duty is a gap).
public struct OnDutyRoster: Sendable {
    /// How far around the load time the roster reaches; reloaded on any database change. The
    /// header names a next shift up to two weeks ahead; `duty show` looks as far as the calendar.
    public static let reachBack: TimeInterval = ShiftRules.longestShift
    public static let reachAhead: TimeInterval = 14 * 86_400

    public let timelines: [String: OpenTimeline]
    /// Each page's shifts in start order.
    public let shifts: [String: [Shift]]
    public let absences: [String: [Absence]]
    /// Full names by username.
    public let names: [String: String]

    public init(timelines: [String: OpenTimeline], shifts: [Shift], absences: [String: [Absence]] = [:],
                names: [String: String] = [:]) {
        self.timelines = timelines
        self.shifts = Dictionary(grouping: shifts, by: \.pageID).mapValues {
            $0.sorted { ($0.start, $0.username) < ($1.start, $1.username) }
        }
        self.absences = absences
        self.names = names
    }

    public static let empty = OnDutyRoster(timelines: [:], shifts: [])

    public static func load(_ db: Database, around now: Date) throws -> OnDutyRoster {
        let calendars = try PageCalendars.loadAll(db)
        let shifts = try DutyQuery.shifts(db, from: now.addingTimeInterval(-reachBack), to: now.addingTimeInterval(reachAhead))
        return OnDutyRoster(timelines: calendars.mapValues(\.timeline), shifts: shifts, absences: try DutyQuery.absences(db),
                            names: try DutyQuery.names(db))
    }

    /// Per page (of `pages`, or every page with a calendar), by page id: who is on duty at
    /// `now`, who is next, and whether it is open with nobody on duty.
    public func statuses(at now: Date, pages: Set<String>? = nil) -> [DutyStatus] {
        timelines.keys.sorted().filter { pages?.contains($0) ?? true }.map { pageID in
            DutyRoster.status(pageID: pageID, timeline: timelines[pageID]!, shifts: shifts[pageID] ?? [],
                              absences: absences, at: now)
        }
    }

    public func name(_ username: String) -> String { names[username] ?? username }
}
