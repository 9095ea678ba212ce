/// A template body split into literal text and placeholders, each with its line, so that a
/// mistake is reported where the author made it.
public struct TemplateBody: Sendable, Equatable {
    public enum Piece: Sendable, Equatable {
        case text(String)
        /// `line` counts from 0 at the body's first line.
        case placeholder(Placeholder, line: Int)
    }

    /// A placeholder that could not be read, with the body line (from 0) it is on.
    public struct Flaw: Sendable, Equatable {
        public let line: Int
        public let problem: Localized
    }

    public let pieces: [Piece]
    public let flaws: [Flaw]

    /// Reads `{{…}}` placeholders. A placeholder must close on its own line; what cannot be
    /// read stays in the text as it was written and is reported as a flaw.
    public init(parsing body: String) {
        var pieces: [Piece] = []
        var flaws: [Flaw] = []
        var literal = ""
        for (lineNumber, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if lineNumber > 0 { literal += "\n" }
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                literal += rest[..<open.lowerBound]
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else {
                    flaws.append(Flaw(line: lineNumber, problem: TemplateText.unclosedPlaceholder(String(rest[open.lowerBound...]))))
                    literal += rest[open.lowerBound...]
                    rest = ""
                    break
                }
                let inner = String(afterOpen[..<close.lowerBound])
                if let placeholder = Placeholder(inner: inner) {
                    if !literal.isEmpty { pieces.append(.text(literal)) }
                    literal = ""
                    pieces.append(.placeholder(placeholder, line: lineNumber))
                } else {
                    flaws.append(Flaw(line: lineNumber, problem: TemplateText.unknownPlaceholder(inner)))
                    literal += rest[open.lowerBound..<close.upperBound]
                }
                rest = afterOpen[close.upperBound...]
            }
            literal += rest
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
        self.flaws = flaws
    }

    /// The ids this body includes, with their lines.
    public var includes: [(id: String, line: Int)] {
        pieces.compactMap {
            if case .placeholder(.include(let id), let line) = $0 { return (id, line) }
            return nil
        }
    }

    /// The fields (`ask:`) this body itself asks for, in order, without repeats.
    public var askedFields: [String] {
        var seen: [String] = []
        for case .placeholder(.ask(let label), _) in pieces where !seen.contains(label) {
            seen.append(label)
        }
        return seen
    }
}
