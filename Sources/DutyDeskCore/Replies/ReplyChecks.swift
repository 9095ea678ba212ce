import Foundation

/// Runs the rules, and the few checks that are mechanics rather than policy, on the text about
/// to be sent. The composer runs it on every change; `ReplyActions.send` runs it again, so
/// nothing reaches the outbox unchecked.
public struct ReplyChecks: Sendable {
    /// What the checks need to know besides the text.
    public struct Facts: Sendable, Equatable {
        public var channel: ItemKind
        public var network: Network?
        /// The administrator declared that the answer needs personal data (lifts 3.6).
        public var personalData: Bool

        public init(channel: ItemKind, network: Network? = nil, personalData: Bool = false) {
            self.channel = channel
            self.network = network
            self.personalData = personalData
        }
    }

    private let compiled: [CompiledRule]

    /// Compiles every pattern; a rule that does not compile is reported by `RulePatterns.problems`
    /// when the file is read, and skipped here rather than stopping every reply.
    public init(rules: ReplyRules) {
        compiled = rules.rules.map { rule in
            CompiledRule(rule: rule, expressions: RulePatterns.expressions(for: rule).compactMap { try? $0.get() })
        }
    }

    public func check(_ text: String, facts: Facts) -> ReplyCheckReport {
        var findings = BuiltInChecks.findings(text, facts: facts)
        let folded = SearchText.fold(text)
        for entry in compiled {
            let rule = entry.rule
            guard rule.channels.contains(facts.channel) else { continue }
            if rule.unless.contains(.personalData) && facts.personalData { continue }
            let subject = rule.caseSensitive ? text : folded
            var ranges: [Range<String.Index>] = []
            for expression in entry.expressions {
                let whole = NSRange(subject.startIndex..., in: subject)
                for match in expression.matches(in: subject, options: [], range: whole) {
                    // Folding keeps UTF-16 lengths, so the range is valid in the original text.
                    if let range = Range(match.range, in: text) { ranges.append(range) }
                }
            }
            guard !ranges.isEmpty else { continue }
            ranges = Self.distinct(ranges)
            findings.append(ReplyFinding(ruleID: rule.id, clause: rule.clause, severity: rule.severity,
                                         message: rule.message, excerpts: Self.distinctTexts(ranges.map { String(text[$0]) }),
                                         ranges: ranges))
        }
        return ReplyCheckReport(findings: findings)
    }

    /// A phrase and a pattern often find the same words: each place in the text counts once,
    /// and a match inside a longer one is dropped, so a message never quotes a fragment twice.
    static func distinct(_ ranges: [Range<String.Index>]) -> [Range<String.Index>] {
        let sorted = ranges.sorted { $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.upperBound > $1.upperBound }
        var kept: [Range<String.Index>] = []
        for range in sorted {
            if let last = kept.last, range.lowerBound >= last.lowerBound, range.upperBound <= last.upperBound { continue }
            kept.append(range)
        }
        return kept
    }

    /// The same words found in two places are quoted once (every place is still highlighted).
    static func distinctTexts(_ excerpts: [String]) -> [String] {
        var seen = Set<String>()
        return excerpts.filter { seen.insert(SearchText.fold($0)).inserted }
    }

    private struct CompiledRule: @unchecked Sendable {
        // NSRegularExpression is immutable and documented thread-safe for matching.
        let rule: ReplyRule
        let expressions: [NSRegularExpression]
    }
}

/// Turns a rule's phrases and patterns into regular expressions.
public enum RulePatterns {
    /// One result per phrase, then one per pattern; a failure carries the compiler's reason.
    public static func expressions(for rule: ReplyRule) -> [Result<NSRegularExpression, PatternError>] {
        let options: NSRegularExpression.Options = rule.caseSensitive ? [] : [.caseInsensitive]
        let sources = rule.phrases.map { phrasePattern($0, caseSensitive: rule.caseSensitive) } + rule.patterns
        return sources.map { source in
            do {
                return .success(try NSRegularExpression(pattern: source, options: options))
            } catch {
                return .failure(PatternError(pattern: source, reason: "\(error)"))
            }
        }
    }

    public struct PatternError: Error, Equatable {
        public let pattern: String
        public let reason: String
    }

    /// A phrase matched as whole words: «ты» must not fire inside «тысяча», but «)))» must fire
    /// right after «Спасибо», so the word-edge guards go only on edges that are letters.
    static func phrasePattern(_ phrase: String, caseSensitive: Bool) -> String {
        let text = caseSensitive ? phrase : SearchText.fold(phrase)
        let words = text.split(whereSeparator: \.isWhitespace).map { NSRegularExpression.escapedPattern(for: String($0)) }
        let isWordy = { (character: Character?) in character.map { $0.isLetter || $0.isNumber } ?? false }
        let lead = isWordy(text.trimmingWhitespace().first) ? "(?<![\\p{L}\\p{N}])" : ""
        let trail = isWordy(text.trimmingWhitespace().last) ? "(?![\\p{L}\\p{N}])" : ""
        return lead + words.joined(separator: "\\s+") + trail
    }
}
