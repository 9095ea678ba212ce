import DutyDeskCore
import DutyDeskStore

/// What the reports feature keeps between frames: its panel (reports) and any form it has open.
public struct ReportsUIState: Sendable {
    /// The figures on screen. Kept while a newer count runs, so the panel never goes blank.
    public var report: QuarterReport?
    /// The quarter asked for with `[`/`]`; nil: the current one (the clock's, in the
    /// organisation's time zone).
    public var quarter: QuarterPeriod?
    /// The current quarter, learned from the first current report: `]` goes no further.
    public var currentQuarter: QuarterPeriod?
    /// A count runs in the background for this choice of quarter.
    public var counting = false
    public var countingQuarter: QuarterPeriod?
    /// The database changed since the figures were counted; counted again when allowed.
    public var stale = false
    /// Seconds of uptime when the last count started (recounts are spaced by it).
    public var lastCountStartedAt: Int64?
    /// One page's figures only (`p`); nil: every page the operator may see, and their total.
    public var page: String?
    /// The first line of the panel on screen.
    public var scroll = 0
    /// Why the figures are not shown to this operator (regulation roles).
    public var refusal: Localized?
    /// The last count failed; the previous figures (if any) stay on screen.
    public var failure: Localized?
    /// The item history modal (`h` in the inbox or an opened item).
    public var history: ItemHistoryState?

    public init() {}
}

/// The `h` modal: one item's audit log entries, scrolled.
public struct ItemHistoryState: Sendable {
    public let itemID: Int64
    /// The pages whose entries the operator may read (nil: every entry), for reloading.
    public let pages: Set<String>?
    /// Nil while loading.
    public var history: ItemHistory?
    public var failure: Localized?
    public var scroll = 0

    public init(itemID: Int64, pages: Set<String>?) {
        self.itemID = itemID
        self.pages = pages
    }
}
