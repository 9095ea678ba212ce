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
            DemoCommand.self, SetupCommand.self, InboxCommand.self, DeadlineCommand.self, WhoAmICommand.self, SnapshotCommand.self,
            ReplyCommand.self, OutboxCommand.self, TemplatesCommand.self,
            BlockCommand.self, UnblockCommand.self, BlocksCommand.self, DeleteCommand.self, CloseCommand.self, ReopenCommand.self, MarkCommand.self, EscalateCommand.self,
            DutyCommand.self,
            IngestCommand.self, BenchCommand.self,
            ReportCommand.self, AuditCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Open dutydesk on a separate demo database (beside the default one), filled first.")
    var demo = false

    @Option(name: .long, help: "Colour theme: default, light, high-contrast, monochrome, or a theme file (default: theme = … in $XDG_CONFIG_HOME/dutydesk/config, else monochrome when NO_COLOR is set, else default).")
    var theme: String?

    /// Opens the terminal inbox (on the demo database, filled first, with --demo).
    func run() throws {
        try withContext(global) { defaultContext in
            try TerminalInboxStart(global: global, theme: theme).run(demo: demo, defaultContext: defaultContext)
        }
    }
}
