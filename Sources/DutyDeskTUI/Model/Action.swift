import DutyDeskCore
import DutyDeskStore
import Foundation

/// Everything that can happen to the program: input, time, and answers from the database.
public enum Action: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(ScreenSize)
    /// A second passed: the wall clock (ignored when the clock is fixed) and the seconds since
    /// start (for notices, which fade even on a fixed clock).
    case tick(Date, uptime: Int64)
    /// Another process (or this one) committed to the database.
    case databaseChanged
    case inboxLoaded(InboxLoad)
    case rowTextsLoaded([Int64: InboxRowText])
    case threadLoaded(itemID: Int64, InboxThread?)
    case readMarked(itemID: Int64, ReadMarks.Outcome)
    /// The runtime does not write (snapshot): the read mark was not recorded.
    case readSkipped(itemID: Int64)
    case writeFailed(itemID: Int64, Localized)
    case loadFailed(Localized)
    case searchFinished(query: String, matches: Set<Int64>)
    case replies(RepliesUIAction)
    case moderation(ModerationUIAction)
    case duty(DutyUIAction)
    case reports(ReportsUIAction)
}

/// What a database load brings: every item (or, for the first paint, the open ones only),
/// the pages with their clocks and the duty roster.
public struct InboxLoad: Sendable {
    public let items: [InboxSummary]
    public let includesSettled: Bool
    public let pages: PageDirectory
    public let roster: OnDutyRoster

    public init(items: [InboxSummary], includesSettled: Bool, pages: PageDirectory, roster: OnDutyRoster) {
        self.items = items
        self.includesSettled = includesSettled
        self.pages = pages
        self.roster = roster
    }
}

/// What `update` asks the outside world to do; the runtime performs it and answers with actions.
public enum Effect: Equatable, Sendable {
    case loadRowTexts([Int64])
    case loadThread(Int64)
    case markRead(itemID: Int64)
    /// Reload every item (the answered and closed ones too), the pages and the roster.
    case reload
    case search(String)
    case saveFilter(InboxFilter)
    case redrawTerminal
    case quit
    case replies(RepliesUIEffect)
    case moderation(ModerationUIEffect)
    case duty(DutyUIEffect)
    case reports(ReportsUIEffect)
}
