/// An approved reply template (regulation 6.8): a header the curator approves and a body with
/// placeholders. One file each in `reply-templates/`; the file format lives in the Store, this
/// is the value every screen and check works with.
public struct ReplyTemplate: Sendable, Equatable, Identifiable {
    /// Latin kebab-case, equal to the file name without `.md`.
    public let id: String
    public let title: String
    /// The request type (5.12) a reply from this template answers.
    public let category: RequestCategory
    /// Where the template may be used: private messages, comments, or both.
    public let channels: Set<ItemKind>
    public let tags: [String]
    /// The role that approved the wording, e.g. «Куратор соцсетей ЦБС».
    public let approvedBy: String
    public let approvedOn: LocalDate
    /// A fragment exists only to be included by other templates (a greeting, say); the picker
    /// and `templates list` leave it out.
    public let isFragment: Bool
    /// The text after the header, placeholders unexpanded.
    public let body: String
    public let source: TemplateSource

    public init(id: String, title: String, category: RequestCategory, channels: Set<ItemKind>, tags: [String] = [],
                approvedBy: String, approvedOn: LocalDate, isFragment: Bool = false, body: String,
                source: TemplateSource = TemplateSource(file: "<memory>")) {
        self.id = id
        self.title = title
        self.category = category
        self.channels = channels
        self.tags = tags
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
        self.isFragment = isFragment
        self.body = body
        self.source = source
    }

    public func allows(_ channel: ItemKind) -> Bool { channels.contains(channel) }
}

/// Where a template came from, so that every problem found in it can name the file and line.
public struct TemplateSource: Sendable, Equatable {
    public let file: String
    /// The line of the `id:` key in the header.
    public let idLine: Int
    /// The line on which the body starts (the line after the closing `---`).
    public let bodyLine: Int

    public init(file: String, idLine: Int = 1, bodyLine: Int = 1) {
        self.file = file
        self.idLine = idLine
        self.bodyLine = bodyLine
    }
}
