import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

@main
struct DutyDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dutydesk",
        abstract: "The duty administrator's desk for a library network's social-network pages.",
        discussion: """
            Keeps a local inbox of readers' messages and comments with a countdown to each reply \
            deadline (one working day of the department, regulation 6.2).
            """,
        subcommands: [
            DemoCommand.self, SetupCommand.self, InboxCommand.self, DeadlineCommand.self, WhoAmICommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Open dutydesk on a separate demo database (beside the default one), filled first.")
    var demo = false

    func run() throws {
        try withContext(global) { defaultContext in
            if demo {
                let context = try RunContext(global, databasePath: DatabaseLocation.demo(besides: defaultContext.databasePath))
                let database = try context.openDatabase()
                try DemoCommand.fill(database, context: context)
                try DemoOverview.print(database, context: context)
            } else {
                print(StartHint.text(databasePath: defaultContext.databasePath).text(defaultContext.language))
            }
        }
    }
}
