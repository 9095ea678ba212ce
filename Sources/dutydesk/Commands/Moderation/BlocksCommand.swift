import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk blocks [--all] [--json]`: current blocks (and past ones with --all), per page,
/// with the time left.
struct BlocksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocks", abstract: "List the blocks in force (or every block with --all), with the time left.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Past (expired or lifted) blocks too.")
    var all = false

    @Flag(help: "Print a JSON array.")
    var json = false

    @Option(help: "Only this page (repeatable).")
    var page: [String] = []

    @Option(help: "Only this user id.")
    var user: String?

    @Option(help: "Only this reason code (repeatable).")
    var reason: [BlockReason] = []

    @Option(help: "Only blocks whose user, comment, reason or author contain these words.")
    var search: String?

    func run() throws {
        try withContext(global) { context in
            try ModerationCLI.run(global, context: context) { _, database in
                let filter = BlockQuery.Filter(
                    pageIDs: page.isEmpty ? nil : Set(page), includePast: all,
                    userID: try user.map(ModerationCLI.userID), reasons: reason.isEmpty ? nil : Set(reason), text: search)
                let entries = try database.reader.read { db in
                    for id in page { _ = try PageCalendars.load(db, pageID: id) }
                    return try BlockQuery.entries(db, now: context.now, filter: filter)
                }
                if json {
                    print(try JSONText.object(entries.map(BlockJSON.object)))
                    return
                }
                for entry in entries { print(BlockText.line(entry).text(context.language)) }
                if entries.isEmpty {
                    print(Localized(ru: all ? "Блокировок нет." : "Действующих блокировок нет.",
                                    en: all ? "No blocks." : "No blocks in force.").text(context.language))
                }
            }
        }
    }
}

/// The JSON object of one block (`blocks --json`). Times are ISO 8601 UTC; `until_at` is null
/// for a permanent block; `remaining_seconds` is wall-clock time left, null when permanent or
/// no longer in force.
enum BlockJSON {
    static func object(_ entry: BlockEntry) -> [String: Any] {
        let block = entry.block
        func time(_ seconds: Int64?) -> Any {
            seconds.map { ISOInstant.utc(Date(timeIntervalSince1970: TimeInterval($0))) } ?? NSNull()
        }
        return [
            "id": block.id ?? 0,
            "page": block.pageID,
            "page_name": entry.pageName,
            "user_id": block.userID,
            "user_name": block.userName ?? NSNull(),
            "reason": block.reason?.rawValue ?? NSNull(),
            "reason_text": block.reason?.regulationText ?? NSNull(),
            "comment": block.comment ?? NSNull(),
            "from_at": time(block.fromAt),
            "until_at": time(block.untilAt),
            "permanent": block.untilAt == nil,
            "blocked_by": block.blockedBy,
            "source": block.source.rawValue,
            "state": entry.state.code,
            "active": entry.isActive,
            "remaining_seconds": entry.remainingSeconds ?? NSNull(),
            "unblocked_at": time(block.unblockedAt),
            "unblocked_by": block.unblockedBy ?? NSNull(),
            "unblock_note": block.unblockNote ?? NSNull(),
        ]
    }
}
