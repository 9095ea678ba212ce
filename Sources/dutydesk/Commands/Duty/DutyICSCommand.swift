import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk duty ics [--person U | --page P] [--from DATE] [--to DATE] [--output FILE]`.
struct DutyICSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Export shifts as an iCalendar (.ics) file for calendar programs: one person's (default: yours) or one page's.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "This person's shifts on every page (default: your own).")
    var person: String?

    @Option(help: "Every shift of this page.")
    var page: String?

    @Option(help: "Only shifts from this day, YYYY-MM-DD.")
    var from: String?

    @Option(help: "Only shifts up to this day (included), YYYY-MM-DD.")
    var to: String?

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if person != nil && page != nil { throw ValidationError("Give --person or --page, not both.") }
    }

    func run() throws {
        try withDutyContext(global) { context in
            let database = try context.openDatabase()
            let subject: DutyCalendarExport.Subject
            if let page {
                subject = .page(page)
            } else if let person {
                subject = .person(person)
            } else {
                subject = .person(try ResolvedOperator.resolve(global, context: context, database: database).username)
            }
            let text = try database.reader.read { db in
                let zone = try DutyGapsCommand.organisationZone(db)
                let start = try from.map { DutyArguments.startOfDay(try DutyArguments.date($0, option: "--from"), zone: zone) }
                let end = try to.map { DutyArguments.startOfDay(try DutyArguments.date($0, option: "--to").adding(days: 1), zone: zone) }
                return try DutyCalendarExport.ics(db, for: subject, from: start, to: end, stamp: context.now,
                                                  language: context.language)
            }
            if let output {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output))
                } catch {
                    throw CommandFailure(Localized(ru: "Не удалось записать \(output): \(error.localizedDescription)",
                                                   en: "Cannot write \(output): \(error.localizedDescription)"),
                                         exitCode: 73)
                }
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}
