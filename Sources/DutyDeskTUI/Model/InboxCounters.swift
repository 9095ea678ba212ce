import DutyDeskStore

/// The header's counters over the open items of the pages in view: overdue, due within an
/// hour of open time, unread. Time-dependent ones come from sorted deadlines by binary search.
public struct InboxCounters: Equatable, Sendable {
    public var overdue = 0
    public var dueSoon = 0
    public var unread = 0

    public init(overdue: Int = 0, dueSoon: Int = 0, unread: Int = 0) {
        self.overdue = overdue
        self.dueSoon = dueSoon
        self.unread = unread
    }

    public static func compute(list: InboxList, pages: PageDirectory, now: Int64, myPages: Set<String>?) -> InboxCounters {
        var counters = InboxCounters()
        for (pageID, deadlines) in list.openDeadlines where list.filter.pageMatches(pageID, myPages: myPages) {
            let overdue = lowerBound(deadlines, now)
            counters.overdue += overdue
            if let clock = pages.clock(forPage: pageID) {
                let horizon = clock.horizon(openSeconds: Countdown.dueSoonSeconds, from: now)
                counters.dueSoon += max(lowerBound(deadlines, horizon) - overdue, 0)
            }
        }
        for (pageID, unread) in list.unreadOpenByPage where list.filter.pageMatches(pageID, myPages: myPages) {
            counters.unread += unread
        }
        return counters
    }

    /// The number of values below `value` in a sorted array.
    static func lowerBound(_ values: [Int64], _ value: Int64) -> Int {
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
