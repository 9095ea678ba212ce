import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk duty show [--page P] [--week DATE] [--json]`: the week's schedule per page.
struct DutyShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a week of duty: open hours, shifts, who is on duty now and next, coverage gaps, absences.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this page (default: every page).")
    var page: String?

    @Option(help: "Any date of the week to show, YYYY-MM-DD (default: this week).")
    var week: String?

    @Flag(help: "Print a JSON array of weeks (page, week_start, now, on_duty, next, uncovered_now, editable, days, …).")
    var json = false

    func run() throws {
        try withDutyContext(global) { context in
            let date = try week.map { try DutyArguments.date($0, option: "--week") }
            let database = try context.openDatabase()
            let who = try ResolvedOperator.resolve(global, context: context, database: database)
            let (weeks, presenter) = try database.reader.read { db in
                let pages = try page.map { [try PageCalendars.load(db, pageID: $0).pageID] }
                    ?? PageCalendars.loadAll(db).keys.sorted()
                return (try pages.map { try DutyQuery.week(db, pageID: $0, containing: date, now: context.now) },
                        try DutyPresenter(db, language: context.language))
            }
            let views = weeks.map { week in
                DutyWeekView(week: week, presenter: presenter,
                             refusal: ScheduleEditing.refusal(page: week.pageID, by: who.staff))
            }
            if json {
                print(try JSONText.object(views.map(\.json)))
            } else {
                print(views.map(\.text).joined(separator: "\n"))
            }
        }
    }
}
