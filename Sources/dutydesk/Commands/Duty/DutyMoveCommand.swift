import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk duty move --shift ID [--start T] [--end T]`: move, lengthen or shorten a shift.
struct DutyMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move a shift (--start alone keeps its length), or lengthen or shorten it (--end, or both).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The shift id (see `duty show`).")
    var shift: Int64

    @Option(help: "New start: YYYY-MM-DDTHH:MM in the department's time, ISO 8601, or HH:MM on the shift's day.")
    var start: String?

    @Option(help: "New end: as --start.")
    var end: String?

    @Flag(help: "Print {shifts: [...]} as JSON.")
    var json = false

    func validate() throws {
        if start == nil && end == nil {
            throw ValidationError("Give --start, --end or both.")
        }
    }

    func run() throws {
        try withDutyContext(global) { context in
            let editing = try DutyEditing(global, context: context)
            let zone = try editing.zone(ofShift: shift)
            guard let current = try editing.database.reader.read({ try DutyQuery.shift($0, id: shift) }) else {
                throw ShiftProblem.unknownShift(id: shift)
            }
            let newStart = try start.map { try DutyArguments.instant($0, option: "--start", zone: zone, sameDayAs: current.start) }
            let newEnd = try end.map { try DutyArguments.instant($0, option: "--end", zone: zone, sameDayAs: newStart ?? current.start) }
            let moved: Shift
            if let newStart, newEnd == nil {
                moved = try editing.actions.move(shiftID: shift, to: newStart)
            } else {
                moved = try editing.actions.reschedule(shiftID: shift, start: newStart ?? current.start, end: newEnd ?? current.end)
            }
            try editing.report([moved], json: json, Localized(ru: "Смена изменена:", en: "Shift changed:"))
        }
    }
}
