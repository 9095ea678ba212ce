import DutyDeskCore
import DutyDeskStore

/// What the moderation feature keeps between frames: its panel (blocks) and any form it has open.
public struct ModerationUIState: Sendable {
    /// The form or box over the screen that has the keys, if any.
    public var form: ModerationForm?
    public var blocks = BlocksPanelState()

    public init() {}
}

/// The blocks panel: what was loaded, which of it is shown, the selected row.
public struct BlocksPanelState: Sendable {
    /// Which blocks the panel lists: in force now, ended ones, or both.
    public enum Scope: Int, CaseIterable, Sendable {
        case current, past, all

        public var label: Localized {
            switch self {
            case .current: Localized(ru: "действующие", en: "current")
            case .past: Localized(ru: "прошлые", en: "past")
            case .all: Localized(ru: "все", en: "all")
            }
        }

        var next: Scope { Scope(rawValue: (rawValue + 1) % Scope.allCases.count)! }
    }

    /// Every block, current and past (the filter is a pass over memory); nil before the first load.
    public var entries: [BlockEntry]?
    public var scope: Scope = .current
    /// Nil: every page.
    public var pageID: String?
    public var selected = 0
    public var top = 0

    public init() {}

    /// The rows the filter lets through at `now`, in `BlockQuery`'s order (current first,
    /// newest first). A block that ran out since the load counts as past at once.
    public func visible(at now: Int64) -> [BlockEntry] {
        (entries ?? []).filter { entry in
            if let pageID, entry.block.pageID != pageID { return false }
            let active = entry.block.state(at: now).isActive
            switch scope {
            case .current: return active
            case .past: return !active
            case .all: return true
            }
        }
    }

    public func selectedEntry(at now: Int64) -> BlockEntry? {
        let rows = visible(at: now)
        return selected < rows.count ? rows[selected] : nil
    }
}
