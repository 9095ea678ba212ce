import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk mark ITEM --critical|--complaint [--unmark]`.
struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Mark an item as a critical remark or a complaint (3.6, 3.7), or remove the mark.",
        discussion: "A marked item can be neither deleted nor closed without a reply; a complaint can be escalated.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The item number.")
    var item: String

    @Flag(help: "A critical remark about the library's work (3.6).")
    var critical = false

    @Flag(help: "A complaint (3.7).")
    var complaint = false

    @Flag(help: "Remove the mark instead.")
    var unmark = false

    @Flag(help: "Accepted for scripts; marking asks nothing.")
    var yes = false

    func run() throws {
        try withContext(global) { context in
            try ModerationCLI.run(global, context: context) { actions, _ in
                let itemID = try ModerationCLI.itemID(item)
                let marks = (critical ? [ItemMark.critical] : []) + (complaint ? [ItemMark.complaint] : [])
                guard !marks.isEmpty else {
                    throw CommandFailure(Localized(ru: "Укажите --critical или --complaint.",
                                                   en: "Give --critical or --complaint."),
                                         exitCode: CommandFailure.usage)
                }
                for mark in marks {
                    let changed = try actions.setMark(mark, on: !unmark, itemID: itemID)
                    let label = mark.label
                    let line: Localized = switch (unmark, changed) {
                    case (false, true): Localized(ru: "Обращение #\(itemID) отмечено: \(label.ru).", en: "Item #\(itemID) marked: \(label.en).")
                    case (false, false): Localized(ru: "Обращение #\(itemID) уже отмечено: \(label.ru).", en: "Item #\(itemID) is already marked: \(label.en).")
                    case (true, true): Localized(ru: "С обращения #\(itemID) снята отметка: \(label.ru).", en: "Item #\(itemID) is no longer marked: \(label.en).")
                    case (true, false): Localized(ru: "Обращение #\(itemID) и не было отмечено: \(label.ru).", en: "Item #\(itemID) was not marked: \(label.en).")
                    }
                    print(line.text(context.language))
                }
            }
        }
    }
}
