import DutyDeskCore
import Foundation
import GRDB

/// The 5.15 notice for the changes since a date, with the names and zones it needs.
public enum DutyNoticeQuery {
    /// `since` is a date in the organisation's default time zone (the mailing is one letter for
    /// every department); the notice covers changes made from its start onwards.
    public static func notice(_ db: Database, since: LocalDate, pageID: String? = nil) throws -> Localized {
        if let pageID { _ = try PageCalendars.load(db, pageID: pageID) }
        let calendars = try PageCalendars.loadAll(db)
        let changes = try DutyQuery.changes(db, since: try startOfDay(db, since), pageID: pageID)
        let directory = DutyNotice.Directory(
            people: try DutyQuery.names(db),
            pageNames: calendars.mapValues(\.pageName),
            timelines: calendars.mapValues(\.timeline))
        return DutyNotice.render(changes, since: since, directory: directory)
    }

    static func startOfDay(_ db: Database, _ date: LocalDate) throws -> Date {
        let zoneName = try Meta.value(db, forKey: "default_timezone") ?? Organisation.standardTimeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zoneName) ?? TimeZone(identifier: Organisation.standardTimeZone)!
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
    }
}
