import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk duty delete --shift ID`.
struct DutyDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a shift (coordinator of the page or curator).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The shift id (see `duty show`).")
    var shift: Int64

    @Flag(help: "Print {shifts: [...]} as JSON.")
    var json = false

    func run() throws {
        try withDutyContext(global) { context in
            let editing = try DutyEditing(global, context: context)
            let deleted = try editing.actions.delete(shiftID: shift)
            try editing.report([deleted], json: json, Localized(ru: "Смена удалена:", en: "Shift deleted:"))
        }
    }
}
