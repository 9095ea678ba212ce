import DutyDeskCore
import Foundation
import Yams

/// Reads one template file: Markdown with a YAML header between `---` lines.
///
/// ```
/// ---
/// id: renewal-personal-account
/// title: Продление через личный кабинет
/// category: renewal
/// channels: [message, comment]
/// tags: [продление, личный кабинет]
/// approved_by: Куратор соцсетей ЦБС
/// approved_on: 2026-02-02
/// ---
/// {{include:greeting}}
/// …
/// ```
///
/// The header is real YAML (read with Yams, so quoting and lists behave as authors expect);
/// the body is the template text. Problems come back with the file's own line numbers.
enum TemplateFileReader {
    static let requiredKeys = ["id", "title", "category", "channels", "tags", "approved_by", "approved_on"]
    static let allowedKeys = requiredKeys + ["fragment"]

    struct Outcome {
        /// Nil when the header is too broken to make a template of.
        let template: ReplyTemplate?
        let problems: [TemplateProblem]
    }

    /// `file` names the file in problems; `stem` is its name without `.md`, which the id must equal.
    static func read(text: String, file: String, stem: String) -> Outcome {
        var problems: [TemplateProblem] = []
        let report = { (line: Int, problem: Localized) in
            problems.append(TemplateProblem(file: file, line: line, problem: problem))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        guard let first = lines.first, Self.isFence(first.replacingOccurrences(of: "\u{FEFF}", with: "")) else {
            report(1, ReplyFileText.noHeader)
            return Outcome(template: nil, problems: problems)
        }
        guard let closing = lines.indices.dropFirst().first(where: { Self.isFence(lines[$0]) }) else {
            report(1, ReplyFileText.unclosedHeader)
            return Outcome(template: nil, problems: problems)
        }
        let header = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        // The header's YAML line 1 is the file's line 2.
        let offset = 1
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: header), !composed.isNull else {
                requiredKeys.forEach { report(1, ReplyFileText.missingField($0)) }
                return Outcome(template: nil, problems: problems)
            }
            root = composed
        } catch {
            let syntax = YAMLSyntaxProblem(error, text: header)
            report(syntax.line + offset, syntax.message)
            return Outcome(template: nil, problems: problems)
        }
        guard let fields = YAMLMapping(root, allowed: allowedKeys, lineOffset: offset, report: report) else {
            return Outcome(template: nil, problems: problems)
        }
        let values = HeaderValues(fields: fields, stem: stem, report: report)
        guard let id = values.id, let title = values.title, let category = values.category,
              let channels = values.channels, let tags = values.tags, let approvedBy = values.approvedBy,
              let approvedOn = values.approvedOn else {
            return Outcome(template: nil, problems: problems)
        }
        let template = ReplyTemplate(
            id: id, title: title, category: category, channels: channels, tags: tags, approvedBy: approvedBy,
            approvedOn: approvedOn, isFragment: values.isFragment, body: body,
            source: TemplateSource(file: file, idLine: fields.line("id"), bodyLine: closing + 2))
        return Outcome(template: template, problems: problems)
    }

    static func isFence(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces) == "---"
    }
}

/// The header's values, each checked and reported at its line.
private struct HeaderValues {
    var id: String?
    var title: String?
    var category: RequestCategory?
    var channels: Set<ItemKind>?
    var tags: [String]?
    var approvedBy: String?
    var approvedOn: LocalDate?
    var isFragment = false

    init(fields: YAMLMapping, stem: String, report: (Int, Localized) -> Void) {
        if let id = fields.text("id", required: true, report: report) {
            if id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) == nil {
                report(fields.line("id"), ReplyFileText.badID(id))
            } else if id != stem {
                report(fields.line("id"), ReplyFileText.idNotFileName(id, file: stem))
            }
            self.id = id
        }
        title = fields.text("title", required: true, report: report)
        approvedBy = fields.text("approved_by", required: true, report: report)
        if let text = fields.text("category", required: true, report: report) {
            category = RequestCategory(rawValue: text)
            if category == nil { report(fields.line(of: fields.value("category")!), ReplyFileText.unknownCategory(text)) }
        }
        if let list = fields.texts("channels", required: true, report: report) {
            var channels = Set<ItemKind>()
            var valid = true
            for (text, line) in list {
                if let channel = ItemKind(rawValue: text) { channels.insert(channel) } else {
                    report(line, ReplyFileText.unknownChannel(text))
                    valid = false
                }
            }
            if list.isEmpty { report(fields.line("channels"), ReplyFileText.noChannels) }
            self.channels = valid && !channels.isEmpty ? channels : nil
        }
        tags = fields.texts("tags", required: true, report: report)?.map(\.text)
        if let text = fields.text("approved_on", required: true, report: report) {
            approvedOn = LocalDate(iso: text)
            if approvedOn == nil { report(fields.line(of: fields.value("approved_on")!), ReplyFileText.badDate(text)) }
        }
        isFragment = fields.flag("fragment", report: report)
    }
}
