/// Turns one or several templates into the text of a reply, for an item's context and the
/// fields the administrator has filled so far. The same call gives the picker's live preview
/// (no fields yet), the composer's starting text and the CLI's reply.
public struct TemplateRenderer: Sendable {
    public let library: TemplateLibrary

    public init(library: TemplateLibrary) {
        self.library = library
    }

    /// `fields` are keyed by field name: an `ask:` label, or a context key such as
    /// `reader.first_name` to correct a value the item supplied. Names are compared without
    /// case, spaces around them and the ё/е difference.
    public func render(_ ids: [String], context: ReplyContext, fields: [String: String] = [:])
        throws(RenderFailure) -> RenderedReply {
        guard !ids.isEmpty else { throw .noTemplates }
        let given = Dictionary(fields.map { (FieldName.key($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
        var builder = SkeletonBuilder(library: library, context: context, fields: given)
        var parts: [String] = []
        for id in ids {
            guard library[id] != nil else { throw .unknownTemplate(id) }
            parts.append(try builder.expand(id, stack: []))
        }
        let skeleton = ReplySkeleton(text: ParagraphJoin.join(parts), slots: builder.slots)
        return RenderedReply(skeleton: skeleton, fields: given)
    }
}

extension TemplateRenderer {
    /// Every name a value can be given under for these templates: their `ask:` fields and the
    /// context values they use, in the order they appear.
    public func fieldNames(_ ids: [String], context: ReplyContext) throws(RenderFailure) -> [String] {
        guard !ids.isEmpty else { return [] }
        // Giving every context value as a field turns each one the templates use into a slot.
        let everyContextValue = Dictionary(uniqueKeysWithValues: ContextKey.allCases.map { ($0.rawValue, "") })
        return try render(ids, context: context, fields: everyContextValue).fields.map(\.name)
    }

    /// The names in `given` that none of `known` matches (case, spacing and ё/е aside).
    public static func unknownFields(_ given: [String], known: [String]) -> [String] {
        let keys = Set(known.map(FieldName.key))
        return given.filter { !keys.contains(FieldName.key($0)) }
    }
}

/// Why templates could not be rendered; `templates check` prevents all but a wrong id.
public enum RenderFailure: OperatorFacingError, Equatable {
    case noTemplates
    case unknownTemplate(String)
    case includeLoop([String])

    public var message: Localized {
        switch self {
        case .noTemplates:
            Localized(ru: "не выбран ни один шаблон", en: "no template chosen")
        case .unknownTemplate(let id):
            Localized(ru: "нет шаблона с id «\(id)»", en: "no template has id \"\(id)\"")
        case .includeLoop(let cycle):
            TemplateText.includeLoop(cycle)
        }
    }
}

/// Field names as people type them: «Дата возврата», «дата  возврата », «Дата Возврата».
enum FieldName {
    static func key(_ name: String) -> String {
        SearchText.fold(name).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Expands includes and context values into a skeleton: literal text with numbered slots for
/// the fields, which stay open so that an edited reply can be told from a filled one.
private struct SkeletonBuilder {
    let library: TemplateLibrary
    let context: ReplyContext
    let fields: [String: String]
    var slots: [Placeholder] = []

    mutating func expand(_ id: String, stack: [String]) throws(RenderFailure) -> String {
        if stack.contains(id) { throw .includeLoop(stack + [id]) }
        guard let body = library.body(of: id) else { throw .unknownTemplate(id) }
        var out = ""
        for piece in body.pieces {
            switch piece {
            case .text(let text):
                out += ReplySkeleton.withoutMarkers(text)
            case .placeholder(.include(let included), _):
                out += try expand(included, stack: stack + [id]).trimmingWhitespace()
            case .placeholder(.context(let key), _):
                if fields[FieldName.key(key.rawValue)] == nil, let value = context[key] {
                    out += ReplySkeleton.withoutMarkers(value)
                } else {
                    out += slot(.context(key))
                }
            case .placeholder(let placeholder, _):
                out += slot(placeholder)
            }
        }
        return out.trimmingWhitespace()
    }

    private mutating func slot(_ placeholder: Placeholder) -> String {
        let index = slots.firstIndex(of: placeholder) ?? {
            slots.append(placeholder)
            return slots.count - 1
        }()
        return ReplySkeleton.marker(index)
    }
}

/// Joins the parts of a reply made from several templates. Each approved template greets the
/// reader and many close the same way; a reply greets once and closes once. So a later part
/// loses a first paragraph equal to the first part's, and an earlier part loses a last
/// paragraph equal to the last part's.
enum ParagraphJoin {
    static func join(_ parts: [String]) -> String {
        let paragraphs = parts.map(split)
        guard paragraphs.count > 1 else { return paragraphs.first.map(glue) ?? "" }
        let greeting = paragraphs.first?.first
        let closing = paragraphs.last?.last
        var kept: [[String]] = []
        for (index, part) in paragraphs.enumerated() {
            var part = part
            if index > 0, part.count > 1, part.first == greeting { part.removeFirst() }
            if index < paragraphs.count - 1, part.count > 1, part.last == closing { part.removeLast() }
            kept.append(part)
        }
        return kept.map(glue).joined(separator: "\n\n")
    }

    /// Paragraphs are separated by blank lines; trailing spaces on a line mean nothing.
    static func split(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = String(line).trimmingTrailingWhitespace()
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs
    }

    private static func glue(_ paragraphs: [String]) -> String { paragraphs.joined(separator: "\n\n") }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
