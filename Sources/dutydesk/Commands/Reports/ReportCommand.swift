import ArgumentParser

/// `dutydesk report …`: the statistics of regulation 5.12.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Quarterly statistics of the pages' reader service (regulation 5.12).",
        subcommands: [ReportQuarterCommand.self])
}
