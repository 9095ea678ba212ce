import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk outbox [--json]`, `dutydesk outbox posted ID`, `dutydesk outbox failed ID --reason R`.
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "Replies waiting to be posted, and those already posted.",
        subcommands: [OutboxListCommand.self, OutboxPostedCommand.self, OutboxFailedCommand.self],
        defaultSubcommand: OutboxListCommand.self)
}

struct OutboxListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the outbox: pending first (oldest first), then failed, then sent.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print a JSON array (id, item, page, network, kind, author, text, templates, edited, free_form, personal_data, category, status, created_by, created_at, sent_at, error).")
    var json = false

    @Option(help: "pending, sent, failed or all (default: all).")
    var status: StatusChoice = .all

    @Option(help: "Only this page (repeatable).")
    var page: [String] = []

    enum StatusChoice: String, ExpressibleByArgument, CaseIterable {
        case pending, sent, failed, all

        var statuses: Set<OutboxStatus> {
            self == .all ? Set(OutboxStatus.allCases) : [OutboxStatus(rawValue: rawValue)!]
        }
    }

    func run() throws {
        try withContext(global) { context in
            let database = try context.openDatabase()
            let entries = try database.reader.read { db in
                try OutboxQuery.entries(db, statuses: status.statuses, pageIDs: page.isEmpty ? nil : Set(page))
            }
            if json {
                print(try JSONText.object(entries.map(OutboxJSON.object)))
                return
            }
            for entry in entries { print(OutboxLine.text(entry, language: context.language)) }
            if entries.isEmpty {
                print(Localized(ru: "Очередь ответов пуста.", en: "The outbox is empty.").text(context.language))
            }
        }
    }
}

struct OutboxPostedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "posted", abstract: "Mark a reply as posted on the page (pending → sent).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The outbox entry id, as `dutydesk outbox` shows it.")
    var id: Int64

    func run() throws {
        try withContext(global) { context in
            let database = try context.openDatabase()
            let who = try ResolvedOperator.resolve(global, context: context, database: database)
            try ReplyFailures.translating(language: context.language) {
                try OutboxActions(database: database, actor: who.staff, now: context.now).markPosted(outboxID: id)
            }
            print(Localized(ru: "Ответ #\(id) отмечен как опубликованный.", en: "Reply #\(id) marked as posted.")
                .text(context.language))
        }
    }
}

struct OutboxFailedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "failed",
        abstract: "Mark a pending reply as not posted; the item stops being answered by it and reopens.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The outbox entry id.")
    var id: Int64

    @Option(help: "Why it could not be posted.")
    var reason: String

    func run() throws {
        try withContext(global) { context in
            let database = try context.openDatabase()
            let who = try ResolvedOperator.resolve(global, context: context, database: database)
            try ReplyFailures.translating(language: context.language) {
                try OutboxActions(database: database, actor: who.staff, now: context.now)
                    .markFailed(outboxID: id, reason: reason)
            }
            print(Localized(ru: "Ответ #\(id) отмечен как неопубликованный; обращение снова ждёт ответа.",
                            en: "Reply #\(id) marked as not posted; the item waits for a reply again.")
                .text(context.language))
        }
    }
}

enum OutboxJSON {
    static func object(_ entry: OutboxEntry) -> [String: Any] {
        [
            "id": entry.id, "item": entry.itemID, "page": entry.pageID, "network": entry.network,
            "kind": entry.kind.rawValue, "author": entry.author, "text": entry.text,
            "templates": entry.templateIDs, "edited": entry.edited, "free_form": entry.freeForm,
            "personal_data": entry.personalData, "category": entry.category?.rawValue ?? NSNull(),
            "status": entry.status.rawValue, "created_by": entry.createdBy,
            "created_at": ISOInstant.utc(entry.createdAt), "sent_at": entry.sentAt.map(ISOInstant.utc) ?? NSNull(),
            "error": entry.error ?? NSNull(),
        ]
    }
}

/// One outbox line for people: id, status, where, who and how, then the first line of the text.
enum OutboxLine {
    static func text(_ entry: OutboxEntry, language: Language) -> String {
        let status: Localized = switch entry.status {
        case .pending: Localized(ru: "ожидает", en: "pending")
        case .sent: Localized(ru: "опубликован", en: "posted")
        case .failed: Localized(ru: "не опубликован", en: "failed")
        }
        let how = entry.freeForm ? Localized(ru: "свободный", en: "free-form").text(language)
            : entry.templateIDs.joined(separator: "+") + (entry.edited ? "*" : "")
        // The whole reply on one line: its first line is usually just the greeting.
        let oneLine = entry.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let firstLine = TerminalSafeText.line(String(oneLine.prefix(90))) + (oneLine.count > 90 ? "…" : "")
        let error = entry.error.map { " — " + TerminalSafeText.line($0) } ?? ""
        return "#\(entry.id) \(status.text(language)) · #\(entry.itemID) \(entry.pageID) · \(entry.kind.rawValue) · "
            + "\(TerminalSafeText.line(entry.author)) · \(entry.createdBy) \(ISOInstant.utc(entry.createdAt)) · \(how)\(error)\n"
            + "    \(firstLine)"
    }
}
