import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk demo`: fills the database with the demo organisation and inbox, relative to the clock.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill the database with a demo organisation, an inbox and a week of duty shifts (idempotent).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try withContext(global) { context in
            let database = try context.openDatabase()
            try Self.fill(database, context: context, quiet: false)
        }
    }

    static func fill(_ database: DutyDeskDatabase, context: RunContext, quiet: Bool = true) throws {
        let outcome = try DemoSeeder.seed(database, now: context.now, actor: SystemIdentity.username)
        guard !quiet else { return }
        switch outcome {
        case .seeded(let items):
            print(Localized(ru: "Демо-данные записаны в \(context.databasePath): \(items) обращений.",
                            en: "Demo data written to \(context.databasePath): \(items) items.").text(context.language))
        case .alreadyThere:
            print(Localized(ru: "Демо-данные уже есть в \(context.databasePath); ничего не изменено.",
                            en: "Demo data is already in \(context.databasePath); nothing changed.").text(context.language))
        }
    }
}
