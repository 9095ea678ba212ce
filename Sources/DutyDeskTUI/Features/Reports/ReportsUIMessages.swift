import DutyDeskCore
import DutyDeskStore

/// What happens to the reports feature (answers from the database, mostly).
public enum ReportsUIAction: Sendable {
    /// A count finished. `requested`: the quarter the count was asked for (nil: the current one).
    case counted(requested: QuarterPeriod?, QuarterReport)
    case countFailed(requested: QuarterPeriod?, Localized)
    case historyLoaded(ItemHistory)
    case historyFailed(itemID: Int64, Localized)
}

/// What the reports feature asks the runtime to do; `ReportsUIEffects` performs it.
public enum ReportsUIEffect: Equatable, Sendable {
    /// Count the quarter's figures (nil: the current quarter) for these pages (nil: every page).
    case countQuarter(QuarterPeriod?, pages: Set<String>?)
    /// Load an item's audit entries among those about these pages (nil: every entry).
    case loadHistory(itemID: Int64, pages: Set<String>?)
}
