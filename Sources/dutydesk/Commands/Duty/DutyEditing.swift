import DutyDeskCore
import DutyDeskStore
import Foundation

/// What every editing command shares: the actor, the actions, and the one-line confirmation.
struct DutyEditing {
    let context: RunContext
    let database: DutyDeskDatabase
    let actions: DutyActions

    init(_ global: GlobalOptions, context: RunContext) throws {
        self.context = context
        database = try context.openDatabase()
        let who = try ResolvedOperator.resolve(global, context: context, database: database)
        actions = DutyActions(database: database, actor: who.staff, now: context.now)
    }

    func presenter() throws -> DutyPresenter {
        try database.reader.read { try DutyPresenter($0, language: context.language) }
    }

    /// The department zone of a page, to read local times given on the command line.
    func zone(ofPage pageID: String) throws -> TimeZone {
        try database.reader.read { try PageCalendars.load($0, pageID: pageID).timeline.timeZone }
    }

    func zone(ofShift id: Int64) throws -> TimeZone {
        guard let shift = try database.reader.read({ try DutyQuery.shift($0, id: id) }) else {
            throw ShiftProblem.unknownShift(id: id)
        }
        return try zone(ofPage: shift.pageID)
    }

    /// Prints the changed shifts, as JSON or a sentence.
    func report(_ shifts: [Shift], json: Bool, _ sentence: Localized) throws {
        let presenter = try presenter()
        if json {
            print(try JSONText.object(["shifts": shifts.map(presenter.json)]))
        } else {
            print(sentence.text(context.language))
            for shift in shifts { print("  " + presenter.line(shift)) }
        }
    }
}
