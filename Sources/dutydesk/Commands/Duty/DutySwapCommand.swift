import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk duty swap --shift A --with B`: two people exchange shifts.
struct DutySwapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swap", abstract: "Swap the administrators of two shifts (coordinator or curator).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "One shift id.")
    var shift: Int64

    @Option(name: .customLong("with"), help: "The other shift id.")
    var other: Int64

    @Flag(help: "Print {shifts: [...]} as JSON.")
    var json = false

    func run() throws {
        try withDutyContext(global) { context in
            let editing = try DutyEditing(global, context: context)
            let (first, second) = try editing.actions.swap(shift, other)
            try editing.report([first, second], json: json, Localized(ru: "Смены обменены:", en: "Shifts swapped:"))
        }
    }
}
