import ArgumentParser

/// `dutydesk duty …`: the duty schedule (regulation 6.1, 5.15).
struct DutyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duty",
        abstract: "Duty shifts: show the week, generate a rotation, edit shifts, record absences, find gaps, export.",
        discussion: """
            Only a page's coordinator or the curator changes its schedule (regulation 6.1); everyone \
            else may look. Every change is recorded for the work-email notice (5.15): `duty notice`.
            """,
        subcommands: [
            DutyShowCommand.self, DutyGenerateCommand.self, DutyAddCommand.self, DutyMoveCommand.self,
            DutyDeleteCommand.self, DutyAssignCommand.self, DutySwapCommand.self, DutyAbsenceCommand.self,
            DutyGapsCommand.self, DutyICSCommand.self, DutyNoticeCommand.self,
        ]
    )
}
