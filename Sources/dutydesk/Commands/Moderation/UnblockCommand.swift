import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk unblock PAGE USER [--note TEXT]`: undoes a block.
struct UnblockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unblock", abstract: "Lift a user's block on a page now, with an optional note.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The page id.")
    var page: String

    @Argument(help: "The user's id on the network.")
    var user: String

    @Option(help: "Why the block is lifted, for the record.")
    var note: String?

    @Flag(help: "Accepted for scripts; unblocking undoes a block and asks nothing.")
    var yes = false

    func run() throws {
        try withContext(global) { context in
            try ModerationCLI.run(global, context: context) { actions, _ in
                let userID = try ModerationCLI.userID(user)
                let zone = try actions.timeZone(pageID: page)
                let block = try actions.unblock(pageID: page, userID: userID, note: note)
                let was = BlockText.summary(block, zone: zone)
                print(Localized(ru: "Разблокирован: \(BlockText.who(block)) на странице \(page) (была блокировка #\(block.id ?? 0): \(was.ru)).",
                                en: "Unblocked: \(BlockText.who(block)) on page \(page) (was block #\(block.id ?? 0): \(was.en)).")
                    .text(context.language))
            }
        }
    }
}
