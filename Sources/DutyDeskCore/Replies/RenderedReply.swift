import Foundation

/// A reply rendered from templates: its text, the fields still to fill, and what it takes to
/// tell whether the administrator later changed the approved wording (regulation 6.8 wants
/// the audit to know).
public struct RenderedReply: Sendable, Equatable {
    let skeleton: ReplySkeleton
    /// The values given, by normalised field name.
    let given: [String: String]

    init(skeleton: ReplySkeleton, fields: [String: String]) {
        self.skeleton = skeleton
        self.given = fields
    }

    /// One field of the reply: an `ask:` field, or a context value the item could not supply.
    public struct Field: Sendable, Equatable {
        public let name: String
        public let placeholder: Placeholder
        public let value: String?
    }

    /// Every field, in the order it first appears in the text.
    public var fields: [Field] {
        skeleton.slots.map { placeholder in
            let name = placeholder.fieldName ?? placeholder.written
            return Field(name: name, placeholder: placeholder, value: given[FieldName.key(name)])
        }
    }

    /// Names of the fields without a value; their placeholders are left in `text`.
    public var unfilledFields: [String] {
        fields.filter { $0.value == nil }.map(\.name)
    }

    /// The reply as it would be sent now: filled fields replaced, unfilled ones as written.
    public var text: String {
        skeleton.fill { index in
            let field = fields[index]
            return field.value ?? field.placeholder.written
        }
    }

    /// Whether `finalText` departs from the approved wording: anything may stand where a field
    /// is, but every other character must be as rendered (trailing spaces and line endings
    /// aside). Filling the fields is not editing.
    public func isEdited(_ finalText: String) -> Bool {
        !skeleton.matches(ReplySkeleton.normalised(finalText))
    }
}

/// Literal text with numbered slots, marked by private-use characters that template text
/// never keeps (they are removed from it first).
struct ReplySkeleton: Sendable, Equatable {
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    let text: String
    let slots: [Placeholder]

    static func marker(_ index: Int) -> String { "\(open)\(index)\(close)" }

    static func withoutMarkers(_ text: String) -> String {
        text.contains(open) || text.contains(close) ? text.filter { $0 != open && $0 != close } : text
    }

    /// The pieces between markers, alternating literal text and slot indexes.
    enum Piece { case literal(String), slot(Int) }

    var pieces: [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let start = rest.firstIndex(of: Self.open), let end = rest[start...].firstIndex(of: Self.close),
              let index = Int(rest[rest.index(after: start)..<end]) {
            pieces.append(.literal(String(rest[..<start])))
            pieces.append(.slot(index))
            rest = rest[rest.index(after: end)...]
        }
        pieces.append(.literal(String(rest)))
        return pieces
    }

    func fill(_ value: (Int) -> String) -> String {
        pieces.map { piece in
            switch piece {
            case .literal(let text): text
            case .slot(let index): value(index)
            }
        }.joined()
    }

    func matches(_ candidate: String) -> Bool {
        let pattern = pieces.map { piece in
            switch piece {
            case .literal(let text): NSRegularExpression.escapedPattern(for: Self.normalised(text, trimEnds: false))
            case .slot: "([\\s\\S]+?)"
            }
        }.joined()
        guard let regex = try? NSRegularExpression(pattern: "^" + pattern + "$") else { return false }
        let range = NSRange(candidate.startIndex..., in: candidate)
        return regex.firstMatch(in: candidate, options: [], range: range) != nil
    }

    /// Line endings unified and trailing spaces dropped from every line, so that an editor
    /// that strips them does not make a reply count as edited. A literal piece between two
    /// slots keeps the spaces at its very end and start: they sit inside a line.
    static func normalised(_ text: String, trimEnds: Bool = true) -> String {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lastLine = lines.count - 1
        for index in lines.indices where trimEnds || index < lastLine {
            lines[index] = lines[index].trimmingTrailingWhitespace()
        }
        let joined = lines.joined(separator: "\n")
        return trimEnds ? joined.trimmingWhitespace() : joined
    }
}
