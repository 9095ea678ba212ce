import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk reply ITEM --template ID [--set NAME=VALUE]… [--text TEXT] [--personal-data] [--yes]`:
/// the TUI composer's send, for scripts and tests, with the same checks (3.6, 6.9, 6.8).
struct ReplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply",
        abstract: "Reply to an item from approved templates or in free text; the reply goes to the outbox.",
        discussion: """
            With --template (repeatable) the reply is the templates rendered for the item, fields filled \
            with --set. With --text alone it is a free-form reply (6.8); on an item with no request \
            type yet it needs --category too (exit status 64 otherwise, listing the types). With both, --text is the final \
            text and is recorded as an edited template if it departs from the approved wording. \
            A reply that breaks a blocking rule (3.6) is refused with exit status 65; warnings (6.9, \
            unfilled fields) need --yes. A --set for a field the templates do not have is refused with \
            exit status 64, naming the fields they do have. --dry-run checks the same role as the send \
            (exit status 77 without it). The reply answers the item at once; post it on the page and \
            run `dutydesk outbox posted ID`.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var templates: TemplatesOption

    @Argument(help: "The item id, as `dutydesk inbox` shows it.")
    var item: Int64

    @Option(name: .customLong("template"), help: "An approved template id (repeatable, in reply order).")
    var templateIDs: [String] = []

    @Option(name: .customLong("set"), help: "Fill a field: NAME=VALUE, e.g. \"Дата возврата=12 декабря\" (repeatable).")
    var assignments: [FieldAssignment] = []

    @Option(help: "The reply text: free text, or the final text of an edited template.")
    var text: String?

    @Flag(help: "The answer needs the reader's personal data (lifts the 3.6 rule for comments).")
    var personalData = false

    @Option(help: "The request type to record (default: the item's, else the first template's; required for free text on an item without one).")
    var category: CategoryArgument?

    @Flag(name: .long, help: "Send despite warnings (6.9 tone, unfilled fields).")
    var yes = false

    @Flag(help: "Show the reply and the checks' findings without sending.")
    var dryRun = false

    @Flag(help: "Print the result as JSON.")
    var json = false

    /// A free-text reply to an unclassified item, without --category (exit 64, the known types).
    static var categoryNeeded: CommandFailure {
        let list = RequestCategory.allCases.map { "  \($0.rawValue) — \($0.reportTitle.ru)" }.joined(separator: "\n")
        let listEn = RequestCategory.allCases.map { "  \($0.rawValue) — \($0.reportTitle.en)" }.joined(separator: "\n")
        return CommandFailure(Localized(
            ru: "У обращения не указан тип: для ответа свободным текстом укажите --category, одно из:\n\(list)",
            en: "The item has no request type: a free-text reply needs --category, one of:\n\(listEn)"),
            exitCode: CommandFailure.usage)
    }

    func validate() throws {
        if templateIDs.isEmpty && text == nil {
            throw ValidationError("give --template ID (repeatable) or --text TEXT")
        }
    }

    func run() throws {
        try withContext(global) { context in
            let database = try context.openDatabase()
            let who = try ResolvedOperator.resolve(global, context: context, database: database)
            let actions = ReplyActions(database: database, actor: who.staff, now: context.now,
                                       catalog: try templates.catalog(context))
            let request = ReplyRequest(
                itemID: item, templateIDs: templateIDs,
                fields: Dictionary(assignments.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last }),
                text: text, personalData: personalData, category: category?.category, warningsConfirmed: yes)
            try ReplyFailures.translating(language: context.language) {
                let prepared = try actions.prepare(request)
                // Free text says nothing about the request's type: like the TUI, ask for one.
                if templateIDs.isEmpty, prepared.category == nil { throw Self.categoryNeeded }
                if dryRun {
                    print(ReplyOutput.preview(prepared, language: context.language, json: json))
                    return
                }
                let sent = try actions.send(request)
                print(ReplyOutput.sent(sent, language: context.language, json: json))
                if !json, TerminalClipboard.copy(sent.prepared.text) {
                    print(Localized(ru: "Текст ответа скопирован в буфер обмена терминала.",
                                    en: "The reply text was copied to the terminal clipboard.").text(context.language))
                }
            }
        }
    }
}

/// The exit statuses of a refused reply: 65 for what the checks refuse (the rule's message,
/// naming its clause), 64 for a wrong item or template, 77 for roles (via `reportingFailures`).
enum ReplyFailures {
    static func translating(language: Language, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let refusal as ReplyRefusal {
            switch refusal {
            case .blocked:
                throw CommandFailure(refusal.message, exitCode: CommandFailure.dataError)
            case .needsConfirmation(let findings):
                let list = findings.map { "  – " + $0.summary.text(language) }.joined(separator: "\n")
                throw CommandFailure(Localized(
                    ru: "ответ не отправлен: нужны подтверждения —\n\(list)\nЕсли всё верно, повторите команду с --yes.",
                    en: "reply not sent: it needs confirmation —\n\(list)\nIf it is right, run the command again with --yes."),
                    exitCode: CommandFailure.dataError)
            case .unknownItem, .unknownOutboxEntry, .templateNotForChannel, .unknownFields:
                throw CommandFailure(refusal.message, exitCode: CommandFailure.usage)
            case .notPending:
                throw CommandFailure(refusal.message, exitCode: CommandFailure.dataError)
            }
        } catch let failure as RenderFailure {
            throw CommandFailure(failure.message, exitCode: CommandFailure.usage)
        } catch let held as DraftHeldByColleague {
            throw CommandFailure(held.message, exitCode: CommandFailure.dataError)
        }
    }
}
