import DutyDeskCore
import DutyDeskStore
import Foundation

public struct ScreenSize: Equatable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Below this the screen says "too small" instead of drawing a broken layout.
    public static let minimum = ScreenSize(width: 60, height: 15)

    public var isTooSmall: Bool { width < Self.minimum.width || height < Self.minimum.height }
}

/// Who is at the keyboard and what they may do.
public struct Session: Sendable {
    public let username: String
    /// Nil: not on the staff, read-only.
    public let staff: Operator?
    public let language: Language
    /// The clock was fixed with --now / DUTYDESK_NOW: it never moves (demos, tests).
    public let clockIsFixed: Bool
    public let localClock: LocalClock

    public init(username: String, staff: Operator?, language: Language, clockIsFixed: Bool, localClock: LocalClock) {
        self.username = username
        self.staff = staff
        self.language = language
        self.clockIsFixed = clockIsFixed
        self.localClock = localClock
    }

    /// The pages "my pages" means; nil for a curator or a non-staff user (every page).
    public var myPages: Set<String>? { staff?.pageIDs }
}

/// A floating layer above the panel that takes the keys while it is open.
public enum Overlay: Equatable, Sendable {
    case help(scroll: Int)
    case filters(row: Int)
    case confirmQuit
}

/// The `/` search: the words, the items that matched, the prompt while typing.
public struct SearchState: Equatable, Sendable {
    public var query = ""
    /// Nil while the search runs (or before any).
    public var matches: Set<Int64>?
    /// The text being typed after `/`; nil when the prompt is closed.
    public var draft: String?
    /// How many of the matches are listed, and for which version of the list.
    public var listedMatches = 0
    public var countedListVersion = -1

    public init() {}
}

/// An opened item: its thread, scrolled.
public struct DetailState: Sendable {
    public let itemID: Int64
    public var thread: InboxThread?
    public var scroll = 0

    public init(itemID: Int64) {
        self.itemID = itemID
    }
}

/// A line for the status bar that fades after a few seconds.
public struct Notice: Equatable, Sendable {
    public let text: Localized
    public let role: StyleRole
    public let shownAt: Int64
    /// About the inbox list (a search's result): not shown over the other panels.
    public let inboxOnly: Bool

    public init(_ text: Localized, role: StyleRole = .warning, at: Int64, inboxOnly: Bool = false) {
        self.text = text
        self.role = role
        self.shownAt = at
        self.inboxOnly = inboxOnly
    }
}

/// Everything the screen shows: a plain value that only `update` changes.
public struct AppState: Sendable {
    public var size: ScreenSize
    public let session: Session
    public var now: Date
    public var panel: Panel = .inbox
    public var pages: PageDirectory = .empty
    public var list: InboxList
    public var counters = InboxCounters()
    public var roster = OnDutyRoster.empty
    /// Who is on duty on each page at `now` (absences respected, open and uncovered flagged),
    /// from the roster; refreshed each tick, not each frame.
    public var onDuty: [DutyStatus] = []
    public var detail: DetailState?
    public var overlay: Overlay?
    public var search = SearchState()
    public var notice: Notice?
    /// Writes (read marks) sent but not yet confirmed: quitting now could lose them.
    public var pendingWrites = 0
    /// A reload is running; another change arrived meanwhile and needs one more.
    public var reloadInFlight = false
    public var reloadAgain = false
    public var hasLoaded = false
    /// Seconds since the program started (notices fade by it, even on a fixed clock).
    public var uptime: Int64 = 0
    public var quitting = false
    /// The features beyond the inbox, each with its own panel and forms (`Features/`).
    public var replies = RepliesUIState()
    public var moderation = ModerationUIState()
    public var duty = DutyUIState()
    public var reports = ReportsUIState()

    public init(size: ScreenSize, session: Session, now: Date, filter: InboxFilter = InboxFilter()) {
        self.size = size
        self.session = session
        self.now = now
        list = InboxList(filter: filter)
    }

    public var language: Language { session.language }
    public var nowSeconds: Int64 { Int64(now.timeIntervalSince1970.rounded(.down)) }
    public var layout: Layout { Layout(size: size) }
}
