import DutyDeskCore
import Foundation

/// A form or box of the moderation feature, over whatever panel is shown. Each has the keys
/// while it is open; Esc steps back or closes.
public enum ModerationForm: Equatable, Sendable {
    case block(BlockForm)
    case delete(ReasonForm)
    case close(TextForm)
    case unblock(TextForm)
    /// The two marks of 3.6/3.7, one key each.
    case mark(MarkMenu)
    /// A yes/no question; yes does `action`.
    case confirm(ConfirmBox)
    /// A result or a refusal to read; any of Enter/Esc closes it.
    case message(MessageBox)
    /// Sent to the database; the answer closes or replaces it.
    case working(Localized)
}

/// The item a form acts on, as the inbox knows it.
public struct ModerationItem: Equatable, Sendable {
    public let itemID: Int64
    public let pageID: String
    /// The reader's name, terminal-safe; empty when not known yet.
    public let author: String

    public init(itemID: Int64, pageID: String, author: String) {
        self.itemID = itemID
        self.pageID = pageID
        self.author = author
    }

    /// "Виктор Рогожин (#12, cbs-vk)" for form titles.
    public var label: String {
        (author.isEmpty ? "" : author + " ") + "(#\(itemID), \(pageID))"
    }

    /// "Жалоба от читателя: Наталья Вишневская (обращение #9, страница cbs-vk)." — a sentence
    /// that reads whole whether or not the name is known.
    public var complaintSentence: Localized {
        let whereRU = "обращение #\(itemID), страница \(pageID)", whereEN = "item #\(itemID), page \(pageID)"
        guard !author.isEmpty else {
            return Localized(ru: "Жалоба читателя (\(whereRU)).", en: "A reader's complaint (\(whereEN)).")
        }
        return Localized(ru: "Жалоба от читателя: \(author) (\(whereRU)).", en: "Complaint from the reader \(author) (\(whereEN)).")
    }
}

/// `b`: reason (6.7's five), term (presets or a date), an optional comment, a confirmation.
public struct BlockForm: Equatable, Sendable {
    public enum Step: Equatable, Sendable {
        case reason, term, date, comment, confirm
    }

    public let item: ModerationItem
    public var step: Step = .reason
    public var reason = 0
    /// An index into `BlockForm.termChoices`; the last one is "a date".
    public var term = 2
    public var date = ""
    public var comment = ""
    /// The chosen term and its end, once the term step is passed (nil end: permanent).
    public var resolved: BlockTerm?
    public var end: Date?
    public var error: Localized?
    /// Esc on the first step: the form is to close.
    var backedOut = false

    public init(item: ModerationItem, reason: BlockReason? = nil) {
        self.item = item
        if let reason, let index = BlockReason.allCases.firstIndex(of: reason) {
            self.reason = index
            step = .term
        }
    }

    /// The presets, then "a date".
    public static var termCount: Int { BlockTerm.presets.count + 1 }
    public var choosesDate: Bool { term == BlockTerm.presets.count }
    public var chosenReason: BlockReason { BlockReason.allCases[reason] }

    public static func termLabel(_ index: Int) -> Localized {
        index < BlockTerm.presets.count
            ? BlockTerm.presets[index].label
            : Localized(ru: "до даты… (ГГГГ-ММ-ДД)", en: "until a date… (YYYY-MM-DD)")
    }
}

/// `d`: which comment (when the reader left several), a reason code (required), a confirmation.
/// The comment's text is shown, so nobody deletes what they have not seen.
public struct ReasonForm: Equatable, Sendable {
    public let item: ModerationItem
    /// The reader's comments still standing: from the opened thread, or loaded from the
    /// database when `d` was pressed on the list (empty until they come).
    public private(set) var comments: [CommentChoice]
    public var comment: Int
    public var choosingComment: Bool
    public var reason = 0
    public var confirming = false

    public init(item: ModerationItem, comments: [CommentChoice] = []) {
        self.item = item
        self.comments = []
        comment = 0
        choosingComment = false
        load(comments)
    }

    /// The comments, once known; with several, the form first asks which one.
    public mutating func load(_ comments: [CommentChoice]) {
        self.comments = comments
        // The latest is the likeliest: the one that made the administrator press d.
        comment = max(comments.count - 1, 0)
        if comments.count > 1 {
            choosingComment = true
            confirming = false
        }
    }

    public var chosenReason: BlockReason { BlockReason.allCases[reason] }

    /// The comment to be deleted, as shown; nil while the comments are not known.
    public var chosenComment: CommentChoice? { comments.indices.contains(comment) ? comments[comment] : nil }

    /// Nil: the Store takes the reader's only comment still standing.
    public var chosenMessageID: Int64? { chosenComment?.id }
}

/// One of the reader's comments to choose from: its id and its text on one line, cut short
/// (terminal-safe).
public struct CommentChoice: Equatable, Sendable {
    /// Enough to recognise the comment; the box wraps it to two or three lines at most.
    static let longestExcerpt = 200

    public let id: Int64
    public let excerpt: String

    public init(id: Int64, excerpt: String) {
        self.id = id
        self.excerpt = excerpt
    }

    /// The message's lines joined by spaces, made terminal-safe and cut with "…".
    public init(id: Int64, text: String) {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let cut = oneLine.count > Self.longestExcerpt ? String(oneLine.prefix(Self.longestExcerpt - 1)) + "…" : oneLine
        self.init(id: id, excerpt: TerminalSafeText.line(cut))
    }
}

/// `x` (a reason) and `u` (a note): one line of text, then a confirmation.
public struct TextForm: Equatable, Sendable {
    /// The item acted on; nil for an unblock from the blocks panel, which names `user` instead.
    public let item: ModerationItem?
    public let user: BlockedUser?
    public var text = ""
    public var confirming = false
    public var error: Localized?

    public init(item: ModerationItem) {
        self.item = item
        user = nil
    }

    public init(user: BlockedUser) {
        item = nil
        self.user = user
    }

    /// Who or what the form is about, for its title.
    public var subject: String {
        if let item { return item.label }
        guard let user else { return "" }
        return (user.name.isEmpty ? "id \(user.userID)" : "\(user.name) (id \(user.userID))") + ", \(user.pageID)"
    }
}

/// A user blocked on a page, as the blocks panel names them.
public struct BlockedUser: Equatable, Sendable {
    public let pageID: String
    public let userID: Int64
    public let name: String

    public init(pageID: String, userID: Int64, name: String) {
        self.pageID = pageID
        self.userID = userID
        self.name = name
    }
}

/// `m`: critical remark or complaint; the current marks are shown, a key toggles one.
public struct MarkMenu: Equatable, Sendable {
    public let item: ModerationItem
    public let isCritical: Bool
    public let isComplaint: Bool

    public init(item: ModerationItem, isCritical: Bool, isComplaint: Bool) {
        self.item = item
        self.isCritical = isCritical
        self.isComplaint = isComplaint
    }
}

public struct ConfirmBox: Equatable, Sendable {
    public enum Then: Equatable, Sendable {
        case perform(ModerationUIEffect)
        /// After a deletion: block the author too, the block form starting at the term.
        case openBlockForm(ModerationItem, BlockReason)
    }

    public let title: Localized
    public let lines: [Localized]
    public let then: Then

    public init(title: Localized, lines: [Localized], then: Then) {
        self.title = title
        self.lines = lines
        self.then = then
    }
}

public struct MessageBox: Equatable, Sendable {
    public let title: Localized
    /// Each may wrap; a line of a mail is already terminal-safe.
    public let lines: [Localized]
    public let role: StyleRole
    /// Lines scrolled off the top, for a mail longer than the screen.
    public var scroll = 0

    public init(title: Localized, lines: [Localized], role: StyleRole) {
        self.title = title
        self.lines = lines
        self.role = role
    }
}
