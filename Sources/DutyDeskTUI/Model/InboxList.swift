import DutyDeskCore
import DutyDeskStore

/// The inbox list: every item known (in the inbox order), the ones the filter lets through,
/// the selection and the scroll position. Filtering is a pass over memory, so a filter change
/// never waits for the database.
public struct InboxList: Sendable {
    public private(set) var items: [InboxSummary] = []
    /// False until the answered and closed items have been loaded (after the first paint).
    public private(set) var includesSettled = false
    public private(set) var filter: InboxFilter
    /// Indices into `items` of the items the filter lets through, in order.
    public private(set) var visible: [Int32] = []
    public private(set) var selected = 0
    /// The first visible index on screen.
    public private(set) var top = 0
    /// Texts of the lines on or near the screen, by item id, already made terminal-safe.
    public private(set) var texts: [Int64: RowDisplay] = [:]
    /// Open deadlines per page, sorted, for counters that cost a binary search per tick.
    public private(set) var openDeadlines: [String: [Int64]] = [:]
    public private(set) var unreadOpenByPage: [String: Int] = [:]
    /// Grows whenever `visible` is recomputed, so derived figures know when to recount.
    public private(set) var version = 0

    public init(filter: InboxFilter = InboxFilter()) {
        self.filter = filter
    }

    public var count: Int { visible.count }

    public func item(at index: Int) -> InboxSummary? {
        index >= 0 && index < visible.count ? items[Int(visible[index])] : nil
    }

    public var selectedItem: InboxSummary? { item(at: selected) }

    /// Replaces every item after a load, keeping the selected item selected if it is still listed.
    public mutating func replace(items newItems: [InboxSummary], includesSettled settled: Bool, now: Int64,
                                 myPages: Set<String>?) {
        let selectedID = selectedItem?.id
        items = Self.blockedAuthorsLast(newItems)
        includesSettled = settled
        texts = [:]
        rebuildCounterIndex()
        refilter(now: now, myPages: myPages, keeping: selectedID)
    }

    /// Items of authors blocked on the page stay listed (3.4: every message is read) but come
    /// after all the others, as in `inbox --json`; each group keeps the inbox order.
    static func blockedAuthorsLast(_ items: [InboxSummary]) -> [InboxSummary] {
        guard items.contains(where: \.authorBlocked) else { return items }
        return items.filter { !$0.authorBlocked } + items.filter(\.authorBlocked)
    }

    public mutating func setFilter(_ newFilter: InboxFilter, now: Int64, myPages: Set<String>?) {
        filter = newFilter
        refilter(now: now, myPages: myPages)
    }

    /// Recomputes the visible items; the selection follows its item, or stays at its place.
    public mutating func refilter(now: Int64, myPages: Set<String>?) {
        refilter(now: now, myPages: myPages, keeping: selectedItem?.id)
    }

    private mutating func refilter(now: Int64, myPages: Set<String>?, keeping selectedID: Int64?) {
        var result: [Int32] = []
        result.reserveCapacity(filter.needsSettledItems ? items.count : min(items.count, 4096))
        // The page test is decided once, not per item: this loop runs over every item known.
        let pageScope = filter.page
        items.withUnsafeBufferPointer { all in
            for index in all.indices {
                let item = all[index]
                guard filter.matchesKindAndStatus(item, now: now) else { continue }
                switch pageScope {
                case .all: break
                case .mine: if !(myPages?.contains(item.pageID) ?? true) { continue }
                case .page(let id): if item.pageID != id { continue }
                }
                result.append(Int32(index))
            }
        }
        visible = result
        version += 1
        if let selectedID, let index = visible.firstIndex(where: { items[Int($0)].id == selectedID }) {
            selected = index
        } else {
            selected = min(selected, max(visible.count - 1, 0))
        }
    }

    /// Moves the selection to `index` (clamped) and scrolls so it stays on a screen of `rows`.
    public mutating func select(_ index: Int, rows: Int) {
        selected = max(0, min(index, visible.count - 1))
        keepSelectionVisible(rows: rows)
    }

    /// Scrolls by `lines` (the mouse wheel), dragging the selection along when it would leave.
    public mutating func scroll(by lines: Int, rows: Int) {
        let maxTop = max(visible.count - rows, 0)
        top = max(0, min(top + lines, maxTop))
        if selected < top { selected = top }
        if selected >= top + rows { selected = max(top + rows - 1, 0) }
        selected = max(0, min(selected, visible.count - 1))
    }

    public mutating func keepSelectionVisible(rows: Int) {
        guard rows > 0 else { return }
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, min(top, max(visible.count - rows, 0)))
    }

    /// Ids of the items on a screen of `rows` lines, plus a screen either side.
    public func nearbyIDs(rows: Int) -> [Int64] {
        let from = max(top - rows, 0)
        let to = min(top + 2 * rows, visible.count)
        guard from < to else { return [] }
        return (from..<to).map { items[Int(visible[$0])].id }
    }

    /// Adds fetched texts; past a few thousand, keeps only those near the screen.
    public mutating func mergeTexts(_ new: [Int64: InboxRowText], rows: Int) {
        texts.merge(new.mapValues(RowDisplay.init)) { _, fresh in fresh }
        if texts.count > 3000 {
            let keep = Set(nearbyIDs(rows: rows))
            texts = texts.filter { keep.contains($0.key) }
        }
    }

    /// Shows an item as read at once; the reload that follows the write confirms it.
    public mutating func markRead(_ id: Int64) {
        guard let index = items.firstIndex(where: { $0.id == id }), items[index].isUnread else { return }
        items[index].isUnread = false
        if items[index].status == .open {
            unreadOpenByPage[items[index].pageID, default: 1] -= 1
        }
    }

    /// How many listed items are among `ids`.
    public func visibleMatchCount(_ ids: Set<Int64>) -> Int {
        guard !ids.isEmpty else { return 0 }
        return visible.reduce(0) { $0 + (ids.contains(items[Int($1)].id) ? 1 : 0) }
    }

    /// The next (or previous) visible index after the selection whose id is in `ids`, wrapping.
    public func nextMatch(in ids: Set<Int64>, forward: Bool) -> Int? {
        guard !visible.isEmpty, !ids.isEmpty else { return nil }
        let n = visible.count
        for step in 1...n {
            let index = ((selected + (forward ? step : -step)) % n + n) % n
            if ids.contains(items[Int(visible[index])].id) { return index }
        }
        return nil
    }

    private mutating func rebuildCounterIndex() {
        var deadlines: [String: [Int64]] = [:]
        var unread: [String: Int] = [:]
        for item in items where item.status == .open {
            if let deadline = item.deadlineAt { deadlines[item.pageID, default: []].append(deadline) }
            if item.isUnread { unread[item.pageID, default: 0] += 1 }
        }
        // Items arrive in deadline order already; sorting keeps the index right whatever the source.
        openDeadlines = deadlines.mapValues { $0.sorted() }
        unreadOpenByPage = unread
    }
}
