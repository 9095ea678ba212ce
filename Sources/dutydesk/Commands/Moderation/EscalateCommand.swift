import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk escalate ITEM`: passes a complaint to the head of the page's department (3.7).
struct EscalateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate",
        abstract: "Pass a complaint to the head of the page's department (3.7): record it and write the e-mail.",
        discussion: """
            The e-mail is written to outbox-mail/ beside the database and shown. When \
            $DUTYDESK_MAIL_COMMAND (or the organisation's mail_command, on a database only its owner \
            can write) names a sendmail-compatible command, such as "/usr/sbin/sendmail -t -i", the \
            mail is piped to it. The reader still gets a reply.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The item number.")
    var item: String

    @Flag(help: "Send it again, though it was escalated already.")
    var again = false

    @Flag(help: "Accepted for scripts; escalating asks nothing.")
    var yes = false

    func run() throws {
        try withContext(global) { context in
            try ModerationCLI.run(global, context: context) { actions, _ in
                let itemID = try ModerationCLI.itemID(item)
                let escalation = try actions.escalate(itemID: itemID, again: again, environment: context.environment)
                let language = context.language
                print(Localized(ru: "Кому: ", en: "To: ").text(language) + escalation.mail.to)
                print(Localized(ru: "Тема: ", en: "Subject: ").text(language) + escalation.mail.subject)
                print("")
                print(escalation.mail.body)
                print(Localized(ru: "Письмо сохранено: \(escalation.path)", en: "Mail saved: \(escalation.path)").text(language))
                switch escalation.delivery {
                case .sent(let command)?:
                    print(Localized(ru: "Отправлено через: \(command)", en: "Sent with: \(command)").text(language))
                case .failed(let command, let reason)?:
                    printError("dutydesk: " + Localized(
                        ru: "Жалоба передана и записана, но письмо не отправлено (\(command): \(reason)); отправьте файл вручную.",
                        en: "The escalation is recorded, but the mail was not sent (\(command): \(reason)); send the file by hand.")
                        .text(language))
                    throw ExitCode(ModerationCLI.mailNotSent)
                case nil:
                    let note = escalation.ignoredSharedMailCommand
                        ? Localized(ru: " (команда отправки из настроек организации не используется: база доступна группе на запись)",
                                    en: " (the organisation's mail command is not used: the database is group-writable)")
                        : Localized(ru: "", en: "")
                    print(Localized(ru: "Команда отправки не настроена (DUTYDESK_MAIL_COMMAND)\(note.ru); отправьте письмо из файла.",
                                    en: "No mail command is configured (DUTYDESK_MAIL_COMMAND)\(note.en); send the mail from the file.")
                        .text(language))
                }
            }
        }
    }
}
