import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk templates check [DIR]`, `templates list`, `templates show ID`.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Check, list and preview the approved reply templates.",
        subcommands: [TemplatesCheckCommand.self, TemplatesListCommand.self, TemplatesShowCommand.self])
}

struct TemplatesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every template and rules.yaml; print each problem as FILE:LINE: message.",
        discussion: """
            Finds unknown placeholders, missing header fields, duplicate ids, channels that do not \
            exist, include loops, and rules that would not work. Exits 65 when anything is wrong.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var templates: TemplatesOption

    @Argument(help: "The folder to check (default: as --templates).")
    var folder: String?

    func run() throws {
        let language = global.lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
        try reportingFailures(language: language) {
            let environment = ProcessInfo.processInfo.environment
            let path = try TemplateLocation.resolve(explicit: folder ?? templates.folder, environment: environment)
            let catalog = try TemplateCatalog.load(folder: path)
            let count = catalog.library.templates.count
            guard catalog.problems.isEmpty else {
                for problem in catalog.problems { printError(problem.message.text(language)) }
                throw CommandFailure(Localized(
                    ru: "шаблоны не прошли проверку: ошибок — \(catalog.problems.count)",
                    en: "templates check failed: \(catalog.problems.count) problem(s)"),
                    exitCode: CommandFailure.dataError)
            }
            print(Localized(
                ru: "\(path): шаблонов — \(count), правил — \(catalog.rules.rules.count); ошибок нет.",
                en: "\(path): \(count) templates, \(catalog.rules.rules.count) rules; no problems.").text(language))
        }
    }
}

struct TemplatesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the templates by category, optionally for a channel and a search.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var templates: TemplatesOption

    @Option(help: "message or comment: only templates usable there.")
    var channel: ChannelArgument?

    @Option(help: "Fuzzy search over title, tags and text (as the picker does).")
    var search: String?

    @Flag(help: "Print a JSON array (id, title, category, channels, tags, fields).")
    var json = false

    func run() throws {
        try withContext(global) { context in
            let catalog = try templates.catalog(context)
            let matches = TemplateSearch.search(search ?? "", in: catalog.library, channel: channel?.channel)
            if json {
                print(try JSONText.object(matches.map { match in
                    let template = match.template
                    return [
                        "id": template.id, "title": template.title, "category": template.category.rawValue,
                        "channels": template.channels.map(\.rawValue).sorted(), "tags": template.tags,
                        "fields": catalog.library.askedFields([template.id]),
                    ] as [String: Any]
                }))
                return
            }
            for group in TemplateSearch.grouped(matches) {
                print(group.category.rawValue)
                for match in group.matches {
                    let channels = match.template.channels.map(\.rawValue).sorted().joined(separator: ",")
                    print("  \(match.template.id) — \(match.template.title) [\(channels)]")
                }
            }
            if matches.isEmpty {
                print(Localized(ru: "Подходящих шаблонов нет.", en: "No matching templates.").text(context.language))
            }
        }
    }
}

struct TemplatesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Render templates, for an item's context when --item is given (the picker's preview).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var templates: TemplatesOption

    @Argument(help: "Template ids, in reply order.")
    var ids: [String]

    @Option(help: "Render with this item's context (reader, page, department hours).")
    var item: Int64?

    @Option(name: .customLong("set"), help: "Fill a field: NAME=VALUE (repeatable).")
    var assignments: [FieldAssignment] = []

    func run() throws {
        try withContext(global) { context in
            let catalog = try templates.catalog(context)
            var replyContext = ReplyContext()
            if let item {
                let database = try context.openDatabase()
                try ReplyFailures.translating(language: context.language) {
                    replyContext = try database.reader.read { db in
                        try ReplyTarget.load(db, itemID: item).context(now: context.now)
                    }
                }
            }
            let fields = Dictionary(assignments.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
            try ReplyFailures.translating(language: context.language) {
                let rendered = try catalog.renderer.render(ids, context: replyContext, fields: fields)
                print(TerminalSafeText.lines(rendered.text))
                if !rendered.unfilledFields.isEmpty {
                    print("\n" + Localized(ru: "Не заполнено: ", en: "Unfilled: ").text(context.language)
                        + rendered.unfilledFields.joined(separator: ", "))
                }
            }
        }
    }
}
