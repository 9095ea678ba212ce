import DutyDeskCore
import Foundation
import GRDB

/// Everything the schedule panel, the inbox header and the `duty` commands read. Nothing here
/// writes; call inside `database.reader.read` (or a `ValueObservation`, to follow other
/// processes' changes live).
public enum DutyQuery {
    /// Shifts in start order, narrowed by page, person and a period they overlap.
    public static func shifts(_ db: Database, pageID: String? = nil, username: String? = nil,
                              from: Date? = nil, to: Date? = nil) throws -> [Shift] {
        let window = (from != nil || to != nil)
            ? DateInterval(start: from ?? .distantPast, end: max(from ?? .distantPast, to ?? .distantFuture)) : nil
        return try DutyFacts.shifts(db, pageID: pageID, username: username, overlapping: window)
    }

    public static func shift(_ db: Database, id: Int64) throws -> Shift? {
        try DutyShiftRecord.fetchOne(db, key: id)?.shift
    }

    /// The page's duty team in rotation order.
    public static func team(_ db: Database, pageID: String) throws -> [String] {
        DutyTeam.members(of: pageID, in: try DutyFacts.staff(db))
    }

    /// Absences of active staff, by username.
    public static func absences(_ db: Database) throws -> [String: [Absence]] {
        DutyFacts.absences(try DutyFacts.staff(db))
    }

    /// Full names by username, for showing people.
    public static func names(_ db: Database) throws -> [String: String] {
        Dictionary(try Row.fetchAll(db, sql: "SELECT username, name FROM staff").map { ($0["username"], $0["name"]) },
                   uniquingKeysWith: { first, _ in first })
    }

    /// Who is on duty on one page now and next, and whether it is open with nobody on duty.
    public static func status(_ db: Database, pageID: String, at now: Date) throws -> DutyStatus {
        let timeline = try DutyFacts.timeline(db, pageID: pageID)
        return try status(db, pageID: pageID, timeline: timeline, absences: absences(db), at: now)
    }

    /// Every page's status, sorted by page id, read straight from the database. The inbox header
    /// computes the same from values loaded once (`OnDutyRoster`), not from this.
    public static func statuses(_ db: Database, at now: Date) throws -> [DutyStatus] {
        let absences = try absences(db)
        return try PageCalendars.loadAll(db).values.sorted { $0.pageID < $1.pageID }.map { calendar in
            try status(db, pageID: calendar.pageID, timeline: calendar.timeline, absences: absences, at: now)
        }
    }

    private static func status(_ db: Database, pageID: String, timeline: OpenTimeline,
                               absences: [String: [Absence]], at now: Date) throws -> DutyStatus {
        // The current shift started within a day; the next one is within the timeline's horizon.
        let around = DateInterval(start: now.addingTimeInterval(-ShiftRules.longestShift),
                                  end: now.addingTimeInterval(TimeInterval(OpenTimeline.horizonDays) * 86_400))
        let shifts = try DutyFacts.shifts(db, pageID: pageID, overlapping: around)
        return DutyRoster.status(pageID: pageID, timeline: timeline, shifts: shifts, absences: absences, at: now)
    }

    /// The schedule panel's week for a page: the week containing `date` (nil: today there).
    public static func week(_ db: Database, pageID: String, containing date: LocalDate? = nil, now: Date) throws -> DutyWeek {
        let timeline = try DutyFacts.timeline(db, pageID: pageID)
        let staff = try DutyFacts.staff(db)
        let monday = DutyWeek.monday(of: date ?? timeline.localDate(of: now))
        let window = DateInterval(start: timeline.instant(monday, TimeOfDay(minutes: 0)!).addingTimeInterval(-86_400),
                                  end: timeline.instant(monday.adding(days: 7), TimeOfDay(minutes: 0)!))
        // The status needs the next shift even beyond the week.
        let shifts = try DutyFacts.shifts(db, pageID: pageID, overlapping: DateInterval(
            start: min(window.start, now.addingTimeInterval(-ShiftRules.longestShift)),
            end: max(window.end, now.addingTimeInterval(TimeInterval(OpenTimeline.horizonDays) * 86_400))))
        return DutyWeek.build(pageID: pageID, timeline: timeline, team: DutyTeam.members(of: pageID, in: staff),
                              shifts: shifts, absences: DutyFacts.absences(staff), weekOf: monday, now: now)
    }

    /// Pages of one department, for a department-wide panel (one week per page).
    public static func pages(_ db: Database, departmentID: String) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT id FROM pages WHERE department_id = ? ORDER BY id", arguments: [departmentID])
    }

    /// Open time with nobody on duty in `[from, to)`, for one page or every page.
    public static func gaps(_ db: Database, pageID: String? = nil, from: Date, to: Date) throws -> [CoverageGap] {
        guard to > from else { return [] }
        let absences = try absences(db)
        let calendars = try PageCalendars.loadAll(db)
        let pages = try pageID.map { [try PageCalendars.load(db, pageID: $0)] }
            ?? calendars.values.sorted { $0.pageID < $1.pageID }
        return try pages.flatMap { calendar in
            let shifts = try DutyFacts.shifts(db, pageID: calendar.pageID, overlapping: DateInterval(start: from, end: to))
            return CoverageGaps.find(pageID: calendar.pageID, timeline: calendar.timeline, from: from, to: to,
                                     shifts: shifts, absences: absences)
        }
    }

    /// Recorded changes at or after `since`, oldest first; for one page, its shift changes and
    /// the absences of its team.
    public static func changes(_ db: Database, since: Date, pageID: String? = nil) throws -> [DutyChange] {
        let all = try DutyChangeRecord.filter(DutyChangeRecord.Columns.at >= DutyChangeRecord.seconds(since))
            .order(DutyChangeRecord.Columns.id).fetchAll(db).compactMap(\.change)
        guard let pageID else { return all }
        let team = Set(try team(db, pageID: pageID))
        return all.filter { $0.pageID == pageID || ($0.kind == .absence && team.contains($0.usernameBefore ?? "")) }
    }

    /// How many times each shift has been changed since it was made (moved, reassigned,
    /// swapped): the iCalendar SEQUENCE.
    public static func revisions(_ db: Database, shiftIDs: [Int64]) throws -> [Int64: Int] {
        guard !shiftIDs.isEmpty else { return [:] }
        let wanted = Set(shiftIDs)
        var result: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT shift_id, COUNT(*) FROM duty_changes
            WHERE kind IN ('reschedule', 'reassign', 'swap') AND shift_id IS NOT NULL
            GROUP BY shift_id
            """) {
            let id: Int64 = row[0]
            if wanted.contains(id) { result[id] = row[1] }
        }
        return result
    }
}
