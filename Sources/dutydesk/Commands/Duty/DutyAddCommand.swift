import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk duty add --page P --person U --start T --end T`: put someone on duty.
struct DutyAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a shift (coordinator of the page or curator).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The page id.")
    var page: String

    @Option(help: "Who is on duty (username).")
    var person: String

    @Option(help: "Start: YYYY-MM-DDTHH:MM in the department's time, or ISO 8601 with a zone.")
    var start: String

    @Option(help: "End: as --start, or HH:MM on the start's day.")
    var end: String

    @Flag(help: "Print {shifts: [...]} as JSON.")
    var json = false

    func run() throws {
        try withDutyContext(global) { context in
            let editing = try DutyEditing(global, context: context)
            let zone = try editing.zone(ofPage: page)
            let from = try DutyArguments.instant(start, option: "--start", zone: zone)
            let until = try DutyArguments.instant(end, option: "--end", zone: zone, sameDayAs: from)
            let shift = try editing.actions.add(pageID: page, username: person, start: from, end: until)
            try editing.report([shift], json: json, Localized(ru: "Смена добавлена:", en: "Shift added:"))
        }
    }
}
