import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk duty generate --page P --from DATE --to DATE [--split HH:MM] [--apply] [--replace]`:
/// a fair rotation, previewed first.
struct DutyGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Propose a fair rotation of the page's administrators for a period; --apply writes it.",
        discussion: """
            Each open day is one shift (or two, split at --split), given in turn to the page's \
            administrators and coordinator who are not absent and not on duty elsewhere then. \
            Open hours per person differ by at most the longest shift among those free the whole period. \
            Without --apply nothing is written. Applying replaces earlier rotation shifts in the period \
            and keeps manual ones (--replace: replaces those too).
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The page id.")
    var page: String

    @Option(help: "First day, YYYY-MM-DD.")
    var from: String

    @Option(help: "Last day (included), YYYY-MM-DD.")
    var to: String

    @Option(help: "Split each open day into two shifts at this local time, HH:MM (default: whole days).")
    var split: String?

    @Flag(help: "Write the rotation (coordinator of the page or curator only).")
    var apply = false

    @Flag(help: "With --apply: also replace the manual shifts in the period.")
    var replace = false

    @Flag(help: "Print {page, from, to, pattern, applied, shifts, removed, kept, uncovered, open_hours, fair, …} as JSON.")
    var json = false

    func run() throws {
        try withDutyContext(global) { context in
            let order = RotationOrder(pageID: page, from: try DutyArguments.date(from, option: "--from"),
                                      to: try DutyArguments.date(to, option: "--to"),
                                      pattern: try DutyArguments.pattern(split: split), replaceManual: replace)
            let database = try context.openDatabase()
            let who = try ResolvedOperator.resolve(global, context: context, database: database)
            let actions = DutyActions(database: database, actor: who.staff, now: context.now)
            let plan = apply ? try actions.applyRotation(order) : try actions.previewRotation(order)
            let presenter = try database.reader.read { try DutyPresenter($0, language: context.language) }
            let view = RotationPlanView(plan: plan, presenter: presenter)
            print(json ? try JSONText.object(view.json) : view.text)
        }
    }
}
