/// One rule a reply breaks, with what in the text breaks it.
public struct ReplyFinding: Sendable, Equatable {
    public let ruleID: String
    /// The regulation clause, e.g. "3.6"; nil for mechanical checks (an empty reply).
    public let clause: String?
    public let severity: ReplyRule.Severity
    public let message: Localized
    /// The offending fragments, as they appear in the text.
    public let excerpts: [String]
    /// Where they are, for highlighting in the composer.
    public let ranges: [Range<String.Index>]

    public init(ruleID: String, clause: String?, severity: ReplyRule.Severity, message: Localized,
                excerpts: [String], ranges: [Range<String.Index>] = []) {
        self.ruleID = ruleID
        self.clause = clause
        self.severity = severity
        self.message = message
        self.excerpts = excerpts
        self.ranges = ranges
    }

    /// «п. 3.6: В комментариях нельзя … («ответим в личные сообщения»)».
    public var summary: Localized {
        let quoted = excerpts.prefix(3).map { "«\($0)»" }.joined(separator: ", ")
        let more = excerpts.count > 3 ? " …" : ""
        let tail = excerpts.isEmpty ? "" : " (\(quoted)\(more))"
        let clauseRU = clause.map { "п. \($0) регламента: " } ?? ""
        let clauseEN = clause.map { "regulation \($0): " } ?? ""
        return Localized(ru: clauseRU + message.ru + tail, en: clauseEN + message.en + tail)
    }
}

/// Everything the checks found in one reply.
public struct ReplyCheckReport: Sendable, Equatable {
    public let findings: [ReplyFinding]

    public init(findings: [ReplyFinding]) {
        self.findings = findings
    }

    /// Findings that stop the reply whatever the administrator says.
    public var blocking: [ReplyFinding] { findings.filter { $0.severity == .block } }
    /// Findings the administrator may accept by confirming.
    public var warnings: [ReplyFinding] { findings.filter { $0.severity == .warn } }

    public var isClean: Bool { findings.isEmpty }

    /// Whether the reply may go: nothing blocks, and any warning has been confirmed.
    public func allowsSending(warningsConfirmed: Bool) -> Bool {
        blocking.isEmpty && (warnings.isEmpty || warningsConfirmed)
    }
}
