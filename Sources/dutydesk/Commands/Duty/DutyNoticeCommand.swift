import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk duty notice --since DATE [--page P]`: the work-email notice of schedule changes (5.15).
struct DutyNoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "Write the work-email notice of duty changes since a date (regulation 5.15), in Russian.",
        discussion: "The mailing goes to Russian-speaking colleagues, so the text is Russian whatever the locale; --lang en gives an English rendering.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Changes made on or after this day, YYYY-MM-DD or DD.MM.YYYY.")
    var since: String

    @Option(help: "Only this page's changes (and its team's absences).")
    var page: String?

    func run() throws {
        try withDutyContext(global) { context in
            let date = try DutyArguments.date(since, option: "--since")
            let database = try context.openDatabase()
            let notice = try database.reader.read { try DutyNoticeQuery.notice($0, since: date, pageID: page) }
            // Only an explicit --lang changes the language: the locale of whoever runs it does not.
            print(notice.text(global.lang ?? .ru), terminator: "")
        }
    }
}
