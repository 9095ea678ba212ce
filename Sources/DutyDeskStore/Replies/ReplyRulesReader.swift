import DutyDeskCore
import Foundation
import Yams

/// Reads `reply-templates/rules.yaml`: the checks every reply passes before it is sent.
///
/// ```yaml
/// rules:
///   - id: private-messages-in-comments
///     clause: "3.6"
///     kind: block                  # block: cannot be sent; warn: needs a confirmation
///     channels: [comment]          # default: message and comment
///     unless: [personal_data]      # lifted when the administrator declares personal data
///     phrases: ["ответим в личные сообщения"]
///     patterns: ['\bв\s+лс\b']     # ICU regular expressions
///     case_sensitive: false
///     message: { ru: "…", en: "…" }
/// ```
/// A rule that would not work (an unknown kind, a pattern that does not compile) is a problem
/// at its line, and is left out rather than half-applied.
enum ReplyRulesReader {
    static let ruleKeys = ["id", "clause", "kind", "channels", "unless", "phrases", "patterns",
                           "case_sensitive", "message"]

    struct Outcome {
        let rules: ReplyRules
        let problems: [TemplateProblem]
    }

    static func read(text: String, file: String) -> Outcome {
        var problems: [TemplateProblem] = []
        let report = { (line: Int, problem: Localized) in
            problems.append(TemplateProblem(file: file, line: line, problem: problem))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            let syntax = YAMLSyntaxProblem(error, text: text)
            report(syntax.line, syntax.message)
            return Outcome(rules: ReplyRules([]), problems: problems)
        }
        guard let root, let top = YAMLMapping(root, allowed: ["rules"], lineOffset: 0, report: report),
              case .sequence(let list)? = top.value("rules") else {
            report(1, ReplyFileText.noRulesList)
            return Outcome(rules: ReplyRules([]), problems: problems)
        }
        var rules: [ReplyRule] = []
        var seen = Set<String>()
        for node in list {
            guard let rule = readRule(node, report: report) else { continue }
            guard seen.insert(rule.id).inserted else {
                report(YAMLMapping.line(of: node, offset: 0), ReplyFileText.duplicateRule(rule.id))
                continue
            }
            rules.append(rule)
        }
        return Outcome(rules: ReplyRules(rules), problems: problems)
    }

    private static func readRule(_ node: Node, report: (Int, Localized) -> Void) -> ReplyRule? {
        guard let fields = YAMLMapping(node, allowed: ruleKeys, lineOffset: 0, report: report) else { return nil }
        var broken = false
        func fail(_ line: Int, _ problem: Localized) {
            report(line, problem)
            broken = true
        }
        let id = fields.text("id", required: true, report: fail)
        let clause = fields.text("clause", required: true, report: fail)
        var severity: ReplyRule.Severity?
        if let kind = fields.text("kind", required: true, report: fail) {
            severity = ReplyRule.Severity(rawValue: kind)
            if severity == nil { fail(fields.line("kind"), ReplyFileText.unknownSeverity(kind)) }
        }
        var channels = Set(ItemKind.allCases)
        if let list = fields.texts("channels", required: false, report: fail) {
            channels = []
            for (text, line) in list {
                if let channel = ItemKind(rawValue: text) { channels.insert(channel) } else {
                    fail(line, ReplyFileText.unknownChannel(text))
                }
            }
            if list.isEmpty { fail(fields.line("channels"), ReplyFileText.noChannels) }
        }
        var unless = Set<ReplyRule.Exemption>()
        for (text, line) in fields.texts("unless", required: false, report: fail) ?? [] {
            if let exemption = ReplyRule.Exemption(rawValue: text) { unless.insert(exemption) } else {
                fail(line, ReplyFileText.unknownExemption(text))
            }
        }
        let phrases = fields.texts("phrases", required: false, report: fail) ?? []
        let patterns = fields.texts("patterns", required: false, report: fail) ?? []
        if phrases.isEmpty && patterns.isEmpty { fail(fields.line("id"), ReplyFileText.noPatterns) }
        let caseSensitive = fields.flag("case_sensitive", report: fail)
        let message = readMessage(fields, report: fail)
        guard !broken, let id, let clause, let severity, let message else { return nil }
        let rule = ReplyRule(id: id, clause: clause, severity: severity, channels: channels,
                             phrases: phrases.map(\.text), patterns: patterns.map(\.text),
                             caseSensitive: caseSensitive, unless: unless, message: message)
        // Each compiled expression lines up with a phrase, then a pattern, in order.
        let lines = phrases.map(\.line) + patterns.map(\.line)
        for (index, result) in RulePatterns.expressions(for: rule).enumerated() {
            if case .failure(let error) = result {
                fail(lines[index], ReplyFileText.badPattern(error.pattern, reason: error.reason))
            }
        }
        return broken ? nil : rule
    }

    private static func readMessage(_ fields: YAMLMapping, report: (Int, Localized) -> Void) -> Localized? {
        guard let node = fields.value("message") else {
            report(fields.line("message"), ReplyFileText.missingField("message"))
            return nil
        }
        guard let texts = YAMLMapping(node, allowed: ["ru", "en"], lineOffset: 0, report: report) else { return nil }
        guard let ru = texts.text("ru", required: false, report: report),
              let en = texts.text("en", required: false, report: report) else {
            report(fields.line("message"), ReplyFileText.messageNeedsBoth)
            return nil
        }
        return Localized(ru: ru, en: en)
    }
}
