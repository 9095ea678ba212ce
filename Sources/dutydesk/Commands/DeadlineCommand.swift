import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk deadline --page PAGE --arrived ISO8601 [--json]`: the 6.2 deadline for one arrival.
struct DeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: "Show the reply deadline (one working day of the department) for a message arriving at a given time.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The page id, as in the organisation file.")
    var page: String

    @Option(help: "When the message arrived: ISO 8601 with a zone, or a local time of the page's department.")
    var arrived: String

    @Flag(help: "Print {\"page\", \"arrived_at\", \"deadline_at\"} as JSON.")
    var json = false

    func run() throws {
        try withContext(global) { context in
            let database = try context.openDatabase()
            let calendar = try database.reader.read { try PageCalendars.load($0, pageID: page) }
            let zone = calendar.timeline.timeZone
            guard let arrival = ISOInstant.parse(arrived) ?? ISOInstant.parseLocal(arrived, in: zone) else {
                throw CommandFailure(Localized(
                    ru: "--arrived: «\(arrived)» — не дата и время (ISO 8601, например 2026-11-09T15:00:00+03:00)",
                    en: "--arrived: '\(arrived)' is not a date and time (ISO 8601, e.g. 2026-11-09T15:00:00+03:00)"),
                    exitCode: CommandFailure.usage)
            }
            let deadline = calendar.timeline.replyDeadline(forArrival: arrival)
            if json {
                let object: [String: Any] = [
                    "page": page,
                    "arrived_at": ISOInstant.utc(arrival),
                    "deadline_at": deadline.map { ISOInstant.utc($0.dueAt) } ?? NSNull(),
                ]
                print(try JSONText.object(object))
            } else {
                print(DeadlineText.describe(deadline, arrival: arrival, page: page, zone: zone).text(context.language))
            }
        }
    }
}
