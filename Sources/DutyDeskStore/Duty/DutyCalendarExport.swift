import DutyDeskCore
import Foundation
import GRDB

/// Shifts as an iCalendar file, per person (their own shifts on every page) or per page (every
/// administrator's), so staff see their duty in the calendar program they already use.
public enum DutyCalendarExport {
    public enum Subject: Sendable, Equatable {
        case person(String)
        case page(String)
    }

    public static func ics(_ db: Database, for subject: Subject, from: Date? = nil, to: Date? = nil,
                           stamp: Date, language: Language) throws -> String {
        let calendars = try PageCalendars.loadAll(db)
        let names = try DutyQuery.names(db)
        let urls = Dictionary(try Row.fetchAll(db, sql: "SELECT id, url FROM pages").map { ($0["id"] as String, $0["url"] as String) },
                              uniquingKeysWith: { first, _ in first })
        let shifts: [Shift]
        let title: Localized
        switch subject {
        case .person(let username):
            guard names[username] != nil else { throw ShiftProblem.unknownPerson(username: username) }
            shifts = try DutyQuery.shifts(db, username: username, from: from, to: to)
            let name = names[username] ?? username
            title = Localized(ru: "Дежурства: \(name)", en: "Duty shifts: \(name)")
        case .page(let pageID):
            let page = try PageCalendars.load(db, pageID: pageID)
            shifts = try DutyQuery.shifts(db, pageID: pageID, from: from, to: to)
            title = Localized(ru: "Дежурства: \(page.pageName)", en: "Duty shifts: \(page.pageName)")
        }
        let revisions = try DutyQuery.revisions(db, shiftIDs: shifts.compactMap(\.id))
        let events = shifts.map { shift -> ICalendarEvent in
            let pageName = calendars[shift.pageID]?.pageName ?? shift.pageID
            let person = names[shift.username] ?? shift.username
            let summary: Localized = switch subject {
            case .person: Localized(ru: "Дежурство: \(pageName)", en: "On duty: \(pageName)")
            case .page: Localized(ru: "Дежурство: \(person) — \(pageName)", en: "On duty: \(person) — \(pageName)")
            }
            var description = Localized(ru: "Страница: \(pageName) (\(shift.pageID))\nДежурный администратор: \(person)",
                                        en: "Page: \(pageName) (\(shift.pageID))\nAdministrator on duty: \(person)")
            if let timeline = calendars[shift.pageID]?.timeline {
                let span = DutyTimeText.span(shift, on: timeline)
                let zone = timeline.timeZone.identifier
                description = Localized(ru: description.ru + "\nВремя отдела: \(span.ru) (\(zone))",
                                        en: description.en + "\nDepartment time: \(span.en) (\(zone))")
            }
            return ICalendarEvent(uid: ICalendarEvent.uid(for: shift), start: shift.start, end: shift.end,
                                  summary: summary.text(language), description: description.text(language),
                                  url: urls[shift.pageID].flatMap { $0.isEmpty ? nil : $0 },
                                  sequence: shift.id.flatMap { revisions[$0] } ?? 0)
        }
        return ICalendarWriter.calendar(name: title.text(language), events: events, stamp: stamp)
    }
}
