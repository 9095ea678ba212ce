import DutyDeskCore

/// The reply deadlines of the pages ingest writes to, read from one `ReplyDeadlineTable` per
/// department (its pages share its calendar). Used on the writing thread only.
final class IngestClocks {
    /// A page's deadline function; nil for a page whose department has no calendar.
    struct Clock {
        fileprivate let clocks: IngestClocks
        fileprivate let department: String

        /// As `ItemClock.replyDeadline(forArrival:calendar:)`.
        func deadline(forArrival arrival: Int64) -> Int64? {
            clocks.tables[department]?.deadline(forArrival: arrival)
        }
    }

    private var tables: [String: ReplyDeadlineTable] = [:]
    private let departments: [String: String]

    init(calendars: [String: PageCalendar]) {
        departments = calendars.mapValues(\.departmentID)
        for calendar in calendars.values where tables[calendar.departmentID] == nil {
            tables[calendar.departmentID] = ReplyDeadlineTable(timeline: calendar.timeline)
        }
    }

    func clock(forPage pageID: String) -> Clock? {
        departments[pageID].map { Clock(clocks: self, department: $0) }
    }
}
