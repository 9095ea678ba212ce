/// One check a reply must pass before it is sent, as `reply-templates/rules.yaml` states it:
/// data, not code, so that the curator adds a forbidden phrase without a new release.
public struct ReplyRule: Sendable, Equatable {
    public enum Severity: String, Sendable, CaseIterable {
        /// The reply cannot be sent (3.6).
        case block
        /// The reply can be sent once the administrator confirms (6.9).
        case warn
    }

    /// A circumstance that lifts a rule, which the administrator declares when sending.
    public enum Exemption: String, Sendable, CaseIterable {
        /// The answer needs the reader's personal data (3.6 allows moving to private messages).
        case personalData = "personal_data"
    }

    public let id: String
    /// The regulation clause the rule enforces, e.g. "3.6".
    public let clause: String
    public let severity: Severity
    /// The channels the rule applies to.
    public let channels: Set<ItemKind>
    /// Words or phrases matched whole, without case, ё as е, any spacing between words.
    public let phrases: [String]
    /// ICU regular expressions (as NSRegularExpression reads them), without case unless
    /// `caseSensitive`; `\p{L}` and `\b` know Cyrillic.
    public let patterns: [String]
    /// For rules about letter case itself, such as ALL CAPS.
    public let caseSensitive: Bool
    public let unless: Set<Exemption>
    public let message: Localized

    public init(id: String, clause: String, severity: Severity, channels: Set<ItemKind> = Set(ItemKind.allCases),
                phrases: [String] = [], patterns: [String] = [], caseSensitive: Bool = false,
                unless: Set<Exemption> = [], message: Localized) {
        self.id = id
        self.clause = clause
        self.severity = severity
        self.channels = channels
        self.phrases = phrases
        self.patterns = patterns
        self.caseSensitive = caseSensitive
        self.unless = unless
        self.message = message
    }
}

/// The rules of one `rules.yaml`, in file order.
public struct ReplyRules: Sendable, Equatable {
    public let rules: [ReplyRule]

    public init(_ rules: [ReplyRule]) {
        self.rules = rules
    }
}
