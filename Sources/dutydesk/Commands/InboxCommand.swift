import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk inbox [--json]`: the open items in deadline order, overdue first.
struct InboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inbox",
        abstract: "List inbox items with their reply deadlines, overdue first.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print a JSON array (id, page, network, kind, author, text, arrived_at, deadline_at, remaining_seconds, status, category, read_by, …).")
    var json = false

    @Option(help: "Only this page (repeatable).")
    var page: [String] = []

    @Option(help: "open (default), answered, closed or all.")
    var status: StatusChoice = .open

    enum StatusChoice: String, ExpressibleByArgument, CaseIterable {
        case open, answered, closed, all

        var statuses: Set<ItemStatus> {
            switch self {
            case .open: [.open]
            case .answered: [.answered]
            case .closed: [.closed]
            case .all: Set(ItemStatus.allCases)
            }
        }
    }

    func run() throws {
        try withContext(global) { context in
            let database = try context.openDatabase()
            let filter = InboxQuery.Filter(pageIDs: page.isEmpty ? nil : Set(page), statuses: status.statuses)
            let entries = try database.reader.read { db in
                for id in page { _ = try PageCalendars.load(db, pageID: id) }
                return try InboxQuery.entries(db, now: context.now, filter: filter)
            }
            if json {
                print(try JSONText.object(entries.map(InboxJSON.object)))
            } else {
                for entry in entries {
                    print(InboxLine.text(entry, language: context.language))
                }
                if entries.isEmpty {
                    print(Localized(ru: "Нет обращений.", en: "No items.").text(context.language))
                }
            }
        }
    }
}

/// The JSON object of one inbox entry (spec: "inbox --json").
enum InboxJSON {
    static func object(_ entry: InboxEntry) -> [String: Any] {
        [
            "id": entry.id,
            "page": entry.pageID,
            "network": entry.network,
            "kind": entry.kind,
            "author": entry.author,
            "author_id": entry.authorID,
            "text": entry.text,
            "arrived_at": entry.arrivedAt.map(ISOInstant.utc) ?? NSNull(),
            "deadline_at": entry.deadlineAt.map(ISOInstant.utc) ?? NSNull(),
            "remaining_seconds": entry.remainingSeconds ?? NSNull(),
            "status": entry.status,
            "category": entry.category ?? NSNull(),
            "read_by": entry.readBy,
            "critical": entry.isCritical,
            "complaint": entry.isComplaint,
            "escalated": entry.isEscalated,
            "author_blocked": entry.authorBlocked,
            "department_open": entry.departmentOpen,
        ]
    }
}

/// One inbox line for people: countdown, page, kind, author, the first line of the text.
enum InboxLine {
    static func text(_ entry: InboxEntry, language: Language) -> String {
        let countdown = Countdown.words(entry).text(language)
        let marks = [entry.readBy.isEmpty ? "●" : " ", entry.isComplaint ? "!" : " ",
                     entry.isCritical ? "✱" : " ", entry.authorBlocked ? "⊘" : " "].joined()
        let kind = entry.kind == "comment"
            ? Localized(ru: "коммент.", en: "comment").text(language)
            : Localized(ru: "сообщ.", en: "message").text(language)
        let author = TerminalSafeText.line(entry.author)
        let firstLine = TerminalSafeText.line(String(entry.text.prefix { $0 != "\n" }.prefix(60)))
        return "#\(entry.id) \(marks) \(countdown.padding(toLength: max(countdown.count, 20), withPad: " ", startingAt: 0)) "
            + "\(entry.pageID) · \(kind) · \(author): \(firstLine)"
    }
}

/// The countdown words: "3 ч 12 мин", "⏸ 5 ч", "просрочено 2 ч".
enum Countdown {
    static func words(_ entry: InboxEntry) -> Localized {
        guard entry.status == "open" else {
            return entry.status == "answered" ? Localized(ru: "отвечено", en: "answered")
                                              : Localized(ru: "закрыто", en: "closed")
        }
        guard let remaining = entry.remainingSeconds else {
            return Localized(ru: "без срока", en: "no deadline")
        }
        let span = Duration.words(seconds: remaining)
        if remaining < 0 {
            return Localized(ru: "просрочено \(span.ru)", en: "overdue \(span.en)")
        }
        if !entry.departmentOpen {
            return Localized(ru: "⏸ \(span.ru)", en: "⏸ \(span.en)")
        }
        return span
    }
}
