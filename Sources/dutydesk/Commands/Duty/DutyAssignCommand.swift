import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk duty assign --shift ID --to USER`: give a shift to someone else.
struct DutyAssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: "Assign a shift to another administrator (coordinator of the page or curator).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The shift id (see `duty show`).")
    var shift: Int64

    @Option(name: .customLong("to"), help: "The administrator who takes it (username).")
    var person: String

    @Flag(help: "Print {shifts: [...]} as JSON.")
    var json = false

    func run() throws {
        try withDutyContext(global) { context in
            let editing = try DutyEditing(global, context: context)
            let assigned = try editing.actions.assign(shiftID: shift, to: person)
            try editing.report([assigned], json: json, Localized(ru: "Смена назначена:", en: "Shift assigned:"))
        }
    }
}
