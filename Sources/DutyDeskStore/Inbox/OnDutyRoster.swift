import Foundation
import GRDB

/// One duty shift with the administrator's name, over the half-open period [startsAt, endsAt).
public struct RosterShift: Sendable, Equatable {
    public let pageID: String
    public let username: String
    public let name: String
    public let startsAt: Int64
    public let endsAt: Int64

    public init(pageID: String, username: String, name: String, startsAt: Int64, endsAt: Int64) {
        self.pageID = pageID
        self.username = username
        self.name = name
        self.startsAt = startsAt
        self.endsAt = endsAt
    }
}

/// Who is on duty on a page now, until when, and who comes next.
public struct PageOnDuty: Sendable, Equatable {
    public let pageID: String
    public let current: [RosterShift]
    public let next: RosterShift?
}

/// The shifts around now, loaded once and asked "who is on duty at t?" every second without
/// touching the database: a shift ending only changes the answer, not the data.
public struct OnDutyRoster: Sendable, Equatable {
    /// How far around the load time the roster reaches; reloaded on any database change.
    public static let reachBack: Int64 = 86_400
    public static let reachAhead: Int64 = 14 * 86_400

    public let shifts: [RosterShift]
    /// The same shifts per page, by start, and the longest shift: "who is on duty at t" is then
    /// a binary search per page, cheap enough for every second.
    private let byPage: [(pageID: String, shifts: [RosterShift])]
    private let longest: Int64

    public init(shifts: [RosterShift]) {
        self.shifts = shifts.sorted { ($0.startsAt, $0.pageID, $0.username) < ($1.startsAt, $1.pageID, $1.username) }
        byPage = Dictionary(grouping: self.shifts, by: \.pageID).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        longest = shifts.map { $0.endsAt - $0.startsAt }.max() ?? 0
    }

    public static func == (a: OnDutyRoster, b: OnDutyRoster) -> Bool { a.shifts == b.shifts }

    public static func load(_ db: Database, around now: Date) throws -> OnDutyRoster {
        let seconds = Int64(now.timeIntervalSince1970)
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.page_id, d.username, COALESCE(s.name, d.username), d.starts_at, d.ends_at
            FROM duty_shifts d LEFT JOIN staff s ON s.username = d.username
            WHERE d.ends_at > ? AND d.starts_at < ?
            ORDER BY d.starts_at, d.page_id, d.username
            """, arguments: [seconds - reachBack, seconds + reachAhead])
        return OnDutyRoster(shifts: rows.map {
            RosterShift(pageID: $0[0], username: $0[1], name: $0[2], startsAt: $0[3], endsAt: $0[4])
        })
    }

    /// Per page with any shift in reach: who is on duty at `now` and the next shift to start.
    public func onDuty(at now: Date, pages: Set<String>? = nil) -> [PageOnDuty] {
        let t = Int64(now.timeIntervalSince1970)
        var result: [PageOnDuty] = []
        for (pageID, shifts) in byPage where pages?.contains(pageID) ?? true {
            // The first shift that starts after t is the next one; the current ones started
            // before, no longer ago than the longest shift.
            var low = 0, high = shifts.count
            while low < high {
                let mid = (low + high) / 2
                if shifts[mid].startsAt <= t { low = mid + 1 } else { high = mid }
            }
            var current: [RosterShift] = []
            var index = low - 1
            while index >= 0, shifts[index].startsAt > t - longest - 1 {
                if t < shifts[index].endsAt { current.append(shifts[index]) }
                index -= 1
            }
            result.append(PageOnDuty(pageID: pageID, current: current.reversed(), next: low < shifts.count ? shifts[low] : nil))
        }
        return result
    }
}
