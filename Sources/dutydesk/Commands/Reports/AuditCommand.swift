import ArgumentParser

/// `dutydesk audit …`: the curator's audit sample (5.14) and the append-only audit log.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The curator's audit sample (regulation 5.14) and the audit log of every action.",
        subcommands: [AuditSampleCommand.self, AuditLogCommand.self])
}
