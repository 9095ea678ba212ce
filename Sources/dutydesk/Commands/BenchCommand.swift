import ArgumentParser

/// `dutydesk bench …`: performance measurements that print JSON. Benchmarks, not tests: build
/// with `-c release` and read the figures; nothing here passes or fails.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure dutydesk's performance on generated data (JSON figures; build with -c release).",
        subcommands: [BenchIngestCommand.self, BenchTUICommand.self, BenchReportCommand.self])
}
