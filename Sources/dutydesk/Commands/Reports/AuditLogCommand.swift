import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation
import GRDB

/// `dutydesk audit log [--since DATE] [--who USER] [--item ID] [--json]`: the append-only log.
struct AuditLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "The append-only log of every action: who, when, what (the curator sees all; others their pages' entries).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "From this date (YYYY-MM-DD, in the organisation's time zone) or ISO 8601 time.")
    var since: String?

    @Option(help: "Before this date or time.")
    var until: String?

    @Option(help: "Only actions by this user.")
    var who: String?

    @Option(help: "Only entries about this item (its history).")
    var item: String?

    @Option(help: "Only entries about this page (repeatable).")
    var page: [String] = []

    @Option(help: "Only the newest N entries.")
    var limit: Int?

    @Flag(help: "Print a JSON array (id, at, actor, action, page, item, details).")
    var json = false

    func run() throws {
        try withContext(global) { context in
            let database = try context.openDatabase()
            let operatorIdentity = try ResolvedOperator.resolve(global, context: context, database: database)
            let visible = try ReportAccess.auditLogPages(requested: Set(page), by: operatorIdentity.staff)
            let itemID = try item.map { text -> Int64 in
                let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
                guard let id = Int64(digits), id > 0 else {
                    throw CommandFailure(Localized(ru: "--item: «\(text)» — не номер обращения", en: "--item: '\(text)' is not an item number"),
                                         exitCode: CommandFailure.usage)
                }
                return id
            }
            let (entries, zone) = try database.reader.read { db in
                let zone = try OrganisationTimeZone.get(db)
                let filter = AuditLogFilter(
                    since: try since.map { Int64(try ReportArguments.instant($0, option: "--since", zone: zone).timeIntervalSince1970) },
                    until: try until.map { Int64(try ReportArguments.instant($0, option: "--until", zone: zone).timeIntervalSince1970) },
                    actor: who, itemID: itemID,
                    pageIDs: visible, limit: limit)
                let entries = try AuditLogQuery.entries(db, filter)
                // No entries for a name or number nobody knows is a typo, not an empty history.
                if entries.isEmpty { try Self.checkKnown(db, who: who, itemID: itemID) }
                return (entries, zone)
            }
            if json {
                print(try JSONText.object(entries.map(AuditLogText.json)))
            } else if entries.isEmpty {
                print(Localized(ru: "Записей нет.", en: "No entries.").text(context.language))
            } else {
                for entry in entries { print(AuditLogText.line(entry, zone: zone, language: context.language)) }
            }
        }
    }
}

extension AuditLogCommand {
    /// Refuses (66) a `--who` that is neither staff nor an actor in the log, and an `--item`
    /// with no such item.
    static func checkKnown(_ db: Database, who: String?, itemID: Int64?) throws {
        if let who, try OperatorDirectory.find(db, username: who) == nil,
           try AuditLogQuery.entries(db, AuditLogFilter(actor: who, limit: 1)).isEmpty {
            throw CommandFailure(Localized(ru: "--who: сотрудника «\(who)» нет в организации и в журнале",
                                           en: "--who: there is no staff member '\(who)' in the organisation or the log"),
                                 exitCode: CommandFailure.noInput)
        }
        if let itemID, try ItemRecord.fetchOne(db, key: itemID) == nil {
            throw CommandFailure(Localized(ru: "--item: обращения #\(itemID) нет", en: "--item: there is no item #\(itemID)"),
                                 exitCode: CommandFailure.noInput)
        }
    }
}

/// One audit log entry for people (one line, terminal-safe) and for scripts (JSON).
enum AuditLogText {
    static func line(_ entry: AuditEntry, zone: TimeZone, language: Language) -> String {
        let when = ISOInstant.local(Date(timeIntervalSince1970: TimeInterval(entry.at)), in: zone)
        let place = [entry.pageID, entry.itemID.map { "#\($0)" }].compactMap { $0 }.joined(separator: " ")
        let details = entry.details.keys.sorted().map { key in
            "\(key)=\(AuditDetailText.value(key: key, entry.details[key]!, zone: zone, language: language))"
        }.joined(separator: " ")
        let text = ["\(entry.id.map { "\($0)" } ?? "-")", when, entry.actor, entry.action, place, details]
            .filter { !$0.isEmpty }.joined(separator: "  ")
        return TerminalSafeText.line(text)
    }

    static func json(_ entry: AuditEntry) -> [String: Any] {
        [
            "id": entry.id ?? NSNull(),
            "at": ISOInstant.utc(Date(timeIntervalSince1970: TimeInterval(entry.at))),
            "actor": entry.actor,
            "action": entry.action,
            "page": entry.pageID ?? NSNull(),
            "item": entry.itemID ?? NSNull(),
            "details": entry.details,
        ]
    }
}
