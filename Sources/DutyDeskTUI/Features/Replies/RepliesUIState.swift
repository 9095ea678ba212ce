import DutyDeskCore
import DutyDeskStore

/// What the replies feature keeps between frames: the templates, the picker and the composer
/// while a reply is being written, and the outbox panel.
public struct RepliesUIState: Sendable {
    /// Nil when no templates folder was found: `r` then says so, free text still works.
    public var templates: TemplatesRef?
    /// `r` was pressed on this item and its reply context is loading.
    public var opening: Int64?
    public var picker: ReplyPickerState?
    public var composer: ComposerState?
    public var outbox = OutboxPanelState()
    /// The error notice this feature showed last, cleared when a form opens or closes.
    public var lastError: Notice?

    public init(templates: TemplatesRef? = nil) {
        self.templates = templates
    }
}

/// The template catalog, compared by folder so that effects carrying it stay `Equatable`.
public struct TemplatesRef: Equatable, Sendable {
    public let catalog: TemplateCatalog

    public init(_ catalog: TemplateCatalog) {
        self.catalog = catalog
    }

    public static func == (a: TemplatesRef, b: TemplatesRef) -> Bool { a.catalog.folder == b.catalog.folder }
}

/// The item a reply is for, as the picker and the composer need it.
public struct ReplyItem: Equatable, Sendable {
    public let itemID: Int64
    public let channel: ItemKind
    public let network: Network
    public let readerName: String
    public let context: ReplyContext
    /// The request type the item already has; nil asks the composer to choose one for a
    /// free-text reply, so that the quarterly report (5.12) counts it.
    public let category: RequestCategory?
    /// The last few messages of the thread, oldest first, ending with what the reader wrote
    /// last: the composer and the picker show them above the reply.
    public let recent: [InboxThreadMessage]

    public init(itemID: Int64, channel: ItemKind, network: Network, readerName: String, context: ReplyContext,
                category: RequestCategory? = nil, recent: [InboxThreadMessage] = []) {
        self.itemID = itemID
        self.channel = channel
        self.network = network
        self.readerName = readerName
        self.context = context
        self.category = category
        self.recent = recent
    }

    /// How many of the thread's last messages are kept for the pane.
    static let recentLimit = 4
}

/// The template picker: what is typed, which match is highlighted.
public struct ReplyPickerState: Equatable, Sendable {
    public let item: ReplyItem
    public var query = ""
    /// Index into the matches in display order (grouped by category).
    public var selected = 0
    /// The composer is open behind the picker: the chosen template is appended to it.
    public let appending: Bool

    public init(item: ReplyItem, appending: Bool) {
        self.item = item
        self.appending = appending
    }

    /// The matches for the item's channel, grouped by category, flattened in display order.
    public func matches(in catalog: TemplateCatalog?) -> [TemplateSearch.Group] {
        guard let catalog else { return [] }
        return TemplateSearch.grouped(TemplateSearch.search(query, in: catalog.library, channel: item.channel))
    }

    public func flatMatches(in catalog: TemplateCatalog?) -> [ReplyTemplate] {
        matches(in: catalog).flatMap { $0.matches.map(\.template) }
    }
}

/// A reply being written.
public struct ComposerState: Equatable, Sendable {
    public let item: ReplyItem
    public var text: ComposerText
    public var templateIDs: [String]
    /// The answer needs the reader's personal data: lifts the 3.6 rule.
    public var personalData = false
    /// A colleague wrote the draft this one replaced; saving takes it over (asked first).
    public var takingOver = false
    public var question: ComposerQuestion?
    /// Why the last send was refused, or another problem, shown in the composer.
    public var problem: Localized?
    /// First visible row of the text.
    public var scroll = 0
    /// Counts changes; the draft saved is `savedRevision`, a save in flight is `savingRevision`.
    public var revision = 0
    public var savedRevision = 0
    public var savingRevision: Int?
    public var sending = false
    /// The request type chosen for a free-text reply to an item without one (5.12).
    public var category: RequestCategory?
    /// First visible row of the check box under the text, when its message is longer than the box.
    public var messageScroll = 0

    public init(item: ReplyItem, text: ComposerText, templateIDs: [String]) {
        self.item = item
        self.text = text
        self.templateIDs = templateIDs
    }

    public var isSaved: Bool { savedRevision == revision && savingRevision == nil }

    /// The request type the reply will be recorded with, when the composer knows it.
    public var knownCategory: RequestCategory? { item.category ?? category }

    /// A free-text reply needs a request type chosen before it is sent: the item has none and
    /// no template gives one.
    public var needsCategory: Bool { templateIDs.isEmpty && knownCategory == nil }
}

/// A yes/no question the composer asks before going on.
public enum ComposerQuestion: Equatable, Sendable {
    /// Warnings (6.9, unfilled fields) found: send anyway?
    case sendDespite([ReplyFinding])
    /// A colleague has a draft on this item: continue it as one's own?
    case takeOver(username: String)
    /// A free-text reply to an item without a request type: which type to record (5.12)?
    case category(choices: [RequestCategory], selected: Int)
}

/// The outbox panel: pending, failed and sent replies.
public struct OutboxPanelState: Equatable, Sendable {
    public var entries: [OutboxEntry] = []
    public var selected = 0
    public var loaded = false
    public var scroll = 0

    public init() {}

    public var selectedEntry: OutboxEntry? { entries.indices.contains(selected) ? entries[selected] : nil }
}
