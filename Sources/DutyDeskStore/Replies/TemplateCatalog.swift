import DutyDeskCore
import Foundation

/// Everything in one `reply-templates/` folder: the templates, the reply rules, and every
/// problem found in them, which `dutydesk templates check` reports and CI refuses.
public struct TemplateCatalog: Sendable {
    public static let rulesFileName = "rules.yaml"

    public let folder: String
    public let library: TemplateLibrary
    public let rules: ReplyRules
    /// Sorted by file and line; empty for a folder fit to ship.
    public let problems: [TemplateProblem]

    public var renderer: TemplateRenderer { TemplateRenderer(library: library) }
    /// Compiled once: the composer runs the checks on every change of the text.
    public let checks: ReplyChecks

    public init(folder: String, library: TemplateLibrary, rules: ReplyRules, problems: [TemplateProblem]) {
        self.folder = folder
        self.library = library
        self.rules = rules
        self.problems = problems
        checks = ReplyChecks(rules: rules)
    }

    /// Reads every `*.md` file (but a README) as a template, and `rules.yaml`. Files are named
    /// in problems as `folder/name`, the folder as given. Throws only when the folder itself
    /// cannot be listed; a broken file is a problem, not a failure.
    public static func load(folder: String) throws(TemplateFolderUnreadable) -> TemplateCatalog {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw TemplateFolderUnreadable(folder: folder, reason: error.localizedDescription)
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var problems: [TemplateProblem] = []
        var templates: [ReplyTemplate] = []
        for name in names where name.hasSuffix(".md") && !name.lowercased().hasPrefix("readme") {
            let file = prefix + name
            guard let text = readText(file, problems: &problems) else { continue }
            let outcome = TemplateFileReader.read(text: text, file: file, stem: String(name.dropLast(3)))
            problems += outcome.problems
            if let template = outcome.template { templates.append(template) }
        }
        let library = TemplateLibrary(templates)
        problems += library.problems()
        var rules = ReplyRules([])
        let rulesFile = prefix + rulesFileName
        if FileManager.default.fileExists(atPath: rulesFile) {
            if let text = readText(rulesFile, problems: &problems) {
                let outcome = ReplyRulesReader.read(text: text, file: rulesFile)
                rules = outcome.rules
                problems += outcome.problems
            }
        } else {
            problems.append(TemplateProblem(file: rulesFile, line: 0, problem: ReplyFileText.noRulesFile))
        }
        return TemplateCatalog(folder: folder, library: library, rules: rules, problems: problems.sortedByPlace())
    }

    private static func readText(_ file: String, problems: inout [TemplateProblem]) -> String? {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            problems.append(TemplateProblem(file: file, line: 0, problem: ReplyFileText.cannotRead(error.localizedDescription)))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(TemplateProblem(file: file, line: 0, problem: ReplyFileText.notUTF8))
            return nil
        }
        return text
    }
}

public struct TemplateFolderUnreadable: OperatorFacingError, Equatable {
    public let folder: String
    public let reason: String

    public var message: Localized {
        Localized(ru: "Папка шаблонов \(folder) не читается: \(reason)",
                  en: "The templates folder \(folder) cannot be read: \(reason)")
    }
}
