import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import GRDB
import Foundation

/// `dutydesk duty gaps [--page P] [--from DATE] [--to DATE] [--json]`: open time with nobody on duty.
struct DutyGapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "List coverage gaps: open hours with nobody on duty (default: from now for 7 days).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this page (default: every page).")
    var page: String?

    @Option(help: "First day, YYYY-MM-DD (default: from now).")
    var from: String?

    @Option(help: "Last day (included), YYYY-MM-DD (default: 7 days after the start).")
    var to: String?

    @Flag(help: "Print a JSON array of {page, starts_at, ends_at, starts_local, ends_local, seconds}.")
    var json = false

    static let defaultDays = 7

    func run() throws {
        try withDutyContext(global) { context in
            let database = try context.openDatabase()
            let (gaps, presenter) = try database.reader.read { db in
                let zone = try Self.organisationZone(db)
                let start = try from.map { DutyArguments.startOfDay(try DutyArguments.date($0, option: "--from"), zone: zone) }
                    ?? context.now
                let end = try to.map { DutyArguments.startOfDay(try DutyArguments.date($0, option: "--to").adding(days: 1), zone: zone) }
                    ?? start.addingTimeInterval(TimeInterval(Self.defaultDays * 86_400))
                guard end > start else {
                    throw CommandFailure(Localized(ru: "--to раньше --from", en: "--to is before --from"),
                                         exitCode: CommandFailure.usage)
                }
                return (try DutyQuery.gaps(db, pageID: page, from: start, to: end),
                        try DutyPresenter(db, language: context.language))
            }
            if json {
                print(try JSONText.object(gaps.map(presenter.json)))
            } else if gaps.isEmpty {
                print(Localized(ru: "Разрывов нет: всё время работы отделов покрыто дежурствами.",
                                en: "No gaps: every open hour has someone on duty.").text(context.language))
            } else {
                print(Localized(ru: "⚠ Время работы без дежурного:", en: "⚠ Open hours with nobody on duty:").text(context.language))
                for gap in gaps {
                    print("  \(presenter.line(gap)) (\(DutyTimeText.hours(gap.duration).text(context.language)))")
                }
            }
        }
    }

    static func organisationZone(_ db: GRDB.Database) throws -> TimeZone {
        let name = try Meta.value(db, forKey: "default_timezone") ?? Organisation.standardTimeZone
        return TimeZone(identifier: name) ?? TimeZone(identifier: Organisation.standardTimeZone)!
    }
}
