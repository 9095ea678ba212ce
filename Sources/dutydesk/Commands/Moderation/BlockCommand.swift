import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk block PAGE USER --reason R (--until DATE | --for 7d | --permanent) [--comment TEXT]`.
struct BlockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "block",
        abstract: "Block a user on a page for one of the regulation's reasons (6.7), for a term you choose.",
        discussion: """
            Reasons (6.7): insult, illegal, advertising, offtopic, spam. The block ends by itself at \
            its end; VK allows at most a year ahead, so a longer block is --permanent. Asks for \
            confirmation unless --yes is given.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The page id, as in the organisation file.")
    var page: String

    @Argument(help: "The user's id on the network (266901473, id266901473 or a vk.com/id… link).")
    var user: String

    @Option(help: "The regulation's reason: insult, illegal, advertising, offtopic or spam.")
    var reason: BlockReason?

    @OptionGroup var term: BlockTermOptions

    @Option(help: "A comment kept with the block.")
    var comment: String?

    @Option(help: "The user's name, when dutydesk has no message from them.")
    var name: String?

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        try withContext(global) { context in
            try ModerationCLI.run(global, context: context) { actions, _ in
                let userID = try ModerationCLI.userID(user)
                guard let reason else {
                    let list = ModerationCLI.reasonList
                    throw CommandFailure(Localized(ru: "Укажите причину --reason, одну из (п. 6.7):\n\(list.ru)",
                                                   en: "Give the reason --reason, one of (6.7):\n\(list.en)"),
                                         exitCode: CommandFailure.usage)
                }
                let zone = try actions.timeZone(pageID: page)
                guard let term = try term.term(timeZone: zone) else {
                    throw CommandFailure(BlockTermOptions.missing, exitCode: CommandFailure.usage)
                }
                let request = ModerationActions.BlockRequest(pageID: page, userID: userID, userName: name,
                                                             reason: reason, term: term, comment: comment)
                let preview = try actions.rehearsal.block(request)
                let summary = BlockText.summary(preview, zone: zone)
                try ModerationCLI.confirm(Localized(ru: "Заблокировать \(summary.ru)?", en: "Block \(summary.en)?"),
                                          yes: yes, language: context.language)
                let block = try actions.block(request)
                let done = BlockText.summary(block, zone: zone)
                print(Localized(ru: "Заблокирован: \(done.ru). Блокировка #\(block.id ?? 0).",
                                en: "Blocked: \(done.en). Block #\(block.id ?? 0).").text(context.language))
            }
        }
    }
}
