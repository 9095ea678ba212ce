import DutyDeskCore
import Foundation
import GRDB

/// A page with the timeline of its department: what every deadline and countdown needs.
public struct PageCalendar: Sendable {
    public let pageID: String
    public let pageName: String
    public let network: String
    public let departmentID: String
    public let timeline: OpenTimeline
}

public struct UnknownPage: OperatorFacingError, Equatable {
    public let pageID: String
    public let knownPages: [String]

    public var message: Localized {
        let known = knownPages.isEmpty ? "—" : knownPages.joined(separator: ", ")
        return Localized(ru: "Неизвестная страница «\(pageID)»; известные страницы: \(known)",
                         en: "Unknown page '\(pageID)'; known pages: \(known)")
    }
}

public struct BrokenCalendar: OperatorFacingError {
    public let departmentID: String
    public let problem: String

    public var message: Localized {
        Localized(ru: "Календарь отдела \(departmentID) повреждён: \(problem)",
                  en: "The calendar of department \(departmentID) is damaged: \(problem)")
    }
}

public enum PageCalendars {
    public static func load(_ db: Database, pageID: String) throws -> PageCalendar {
        guard let calendar = try loadAll(db)[pageID] else {
            throw UnknownPage(pageID: pageID, knownPages: try String.fetchAll(db, sql: "SELECT id FROM pages ORDER BY id"))
        }
        return calendar
    }

    /// Every page's calendar, keyed by page id. Departments are few, so each calendar is decoded
    /// once and shared by its pages.
    public static func loadAll(_ db: Database) throws -> [String: PageCalendar] {
        var timelines: [String: OpenTimeline] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, calendar FROM departments") {
            let id: String = row["id"]
            do {
                timelines[id] = try OpenTimeline(calendar: CalendarCoding.decode(row["calendar"]))
            } catch {
                throw BrokenCalendar(departmentID: id, problem: "\(error)")
            }
        }
        var result: [String: PageCalendar] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name, network, department_id FROM pages") {
            let departmentID: String = row["department_id"]
            guard let timeline = timelines[departmentID] else { continue }
            result[row["id"]] = PageCalendar(pageID: row["id"], pageName: row["name"], network: row["network"],
                                             departmentID: departmentID, timeline: timeline)
        }
        return result
    }
}
