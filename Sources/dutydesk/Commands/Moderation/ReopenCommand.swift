import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk reopen ITEM`: undoes `close`.
struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "Reopen a closed item; its reply clock runs again if something waits.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The item number.")
    var item: String

    @Option(help: "Why it is reopened, for the record.")
    var note: String?

    @Flag(help: "Accepted for scripts; reopening undoes a close and asks nothing.")
    var yes = false

    func run() throws {
        try withContext(global) { context in
            try ModerationCLI.run(global, context: context) { actions, _ in
                let itemID = try ModerationCLI.itemID(item)
                let reopened = try actions.reopenItem(itemID: itemID, note: note)
                let status = reopened.status == .open
                    ? Localized(ru: "ждёт ответа", en: "waiting for a reply")
                    : Localized(ru: "отвечено", en: "answered")
                print(Localized(ru: "Обращение #\(itemID) открыто снова: \(status.ru).",
                                en: "Item #\(itemID) reopened: \(status.en).").text(context.language))
            }
        }
    }
}
