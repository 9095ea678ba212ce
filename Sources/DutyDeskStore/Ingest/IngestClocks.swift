import DutyDeskCore
import Foundation

/// The reply deadlines of the pages ingest writes to, read from an `OpenTimeTable` per
/// department (its pages share its calendar) instead of walking the calendar for each event.
/// Used on the writing thread only.
final class IngestClocks {
    /// A page's deadline function (`clock(forPage:)`).
    struct Clock {
        fileprivate let clocks: IngestClocks
        fileprivate let department: String

        /// As `ItemClock.replyDeadline(forArrival:calendar:)`.
        func deadline(forArrival arrival: Int64) -> Int64? {
            clocks.deadline(department, forArrival: arrival)
        }
    }

    /// A new table covers this much before an arrival and after it: a feed's events cluster in
    /// time, so one table serves a whole run, and almost every deadline falls inside it. An
    /// arrival outside it moves the table there, unless it is years away (`farDays`).
    static let daysBefore: Int64 = 31
    static let daysAfter: Int64 = 400
    /// An arrival further than this from the table's dates is answered by the timeline itself
    /// instead of replacing the table: a wrong date in one event (milliseconds for seconds)
    /// must not make every following event rebuild it. After `farRunLimit` such arrivals in a
    /// row the feed has really moved (or the table was built around the wrong date), and the
    /// table moves to them.
    static let farDays: Int64 = 2 * 366
    static let farRunLimit = 64
    /// Arrivals from 1970 to about the year 5000 have deadlines.
    static let latestTabled: Int64 = 100_000_000_000

    private let timelines: [String: OpenTimeline]
    private let departments: [String: String]
    private var tables: [String: OpenTimeTable] = [:]
    private var farRuns: [String: Int] = [:]

    init(calendars: [String: PageCalendar]) {
        departments = calendars.mapValues(\.departmentID)
        var timelines: [String: OpenTimeline] = [:]
        for calendar in calendars.values { timelines[calendar.departmentID] = calendar.timeline }
        self.timelines = timelines
    }

    /// Nil for a page whose department has no calendar.
    func clock(forPage pageID: String) -> Clock? {
        departments[pageID].map { Clock(clocks: self, department: $0) }
    }

    private func deadline(_ department: String, forArrival arrival: Int64) -> Int64? {
        guard let timeline = timelines[department] else { return nil }
        // A date no feed has (milliseconds for seconds, say): the item is stored, with no
        // deadline, rather than asking the calendar about the year 58,000.
        guard (0..<Self.latestTabled).contains(arrival) else { return nil }
        if let table = tables[department] {
            if arrival >= table.coveredFrom && arrival < table.coveredTo {
                farRuns[department] = 0
                return table.deadline(forArrival: arrival)
            }
            let far = Self.farDays * 86_400
            if arrival < table.coveredFrom - far || arrival >= table.coveredTo + far {
                farRuns[department, default: 0] += 1
                if farRuns[department]! < Self.farRunLimit { return table.deadline(forArrival: arrival) }
            }
        }
        farRuns[department] = 0
        let day: Int64 = 86_400
        let table = OpenTimeTable(
            timeline: timeline, from: Date(timeIntervalSince1970: TimeInterval(arrival - Self.daysBefore * day)),
            to: Date(timeIntervalSince1970: TimeInterval(arrival + Self.daysAfter * day)))
        tables[department] = table
        return table.deadline(forArrival: arrival)
    }
}
