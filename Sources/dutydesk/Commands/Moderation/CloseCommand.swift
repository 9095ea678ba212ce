import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk close ITEM --reason TEXT`: closes an item that needs no reply.
struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close an item without a reply, with a reason (spam removed, a thank-you).",
        discussion: "Refused for critical remarks and complaints (3.6). dutydesk reopen ITEM undoes it.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The item number (as in dutydesk inbox).")
    var item: String

    @Option(help: "Why no reply is needed.")
    var reason: String?

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        try withContext(global) { context in
            try ModerationCLI.run(global, context: context) { actions, _ in
                let itemID = try ModerationCLI.itemID(item)
                // The rules refuse a missing reason, quoting what a reason looks like.
                let reason = reason ?? ""
                try actions.rehearsal.closeItem(itemID: itemID, reason: reason)
                try ModerationCLI.confirm(Localized(ru: "Закрыть обращение #\(itemID) без ответа («\(reason)»)?",
                                                    en: "Close item #\(itemID) without a reply ('\(reason)')?"),
                                          yes: yes, language: context.language)
                let closed = try actions.closeItem(itemID: itemID, reason: reason)
                print(Localized(ru: "Обращение #\(itemID) закрыто без ответа: \(closed.closedReason ?? reason).",
                                en: "Item #\(itemID) closed without a reply: \(closed.closedReason ?? reason).")
                    .text(context.language))
            }
        }
    }
}
