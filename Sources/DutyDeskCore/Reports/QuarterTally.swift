import Foundation

/// Adds up the quarterly figures, item by item, in one pass: the arithmetic of the report,
/// kept apart from the SQL that feeds it so that it can be checked on hand-built data.
///
/// Memory grows with the number of answered requests only (one integer each, for the
/// percentiles); everything else is a counter.
public struct QuarterTally: Sendable {
    public let quarter: QuarterPeriod
    public let timeZone: TimeZone
    /// Unix seconds: the report's clock.
    public let now: Int64
    private let staffNames: [String: String]
    private let weekStarts: [LocalDate]
    private let weekStartInstants: [Int64]
    /// In an array, mutated in place: a dictionary's get-change-set would copy a page's
    /// response times on every request.
    private var accumulators: [PageAccumulator] = []
    private var pageIndex: [String: Int] = [:]

    /// `pages`: every page the report covers (shown even with no requests), id and name.
    /// `staffNames`: username → name, for the administrators' table.
    public init(quarter: QuarterPeriod, timeZone: TimeZone, now: Int64,
                pages: [(id: String, name: String)], staffNames: [String: String] = [:]) {
        self.quarter = quarter
        self.timeZone = timeZone
        self.now = now
        self.staffNames = staffNames
        weekStarts = quarter.weekStarts
        weekStartInstants = weekStarts.map { Int64(QuarterPeriod.midnight($0, in: timeZone).timeIntervalSince1970) }
        for page in pages where pageIndex[page.id] == nil {
            pageIndex[page.id] = accumulators.count
            accumulators.append(PageAccumulator(PageFigures(pageID: page.id, pageName: page.name), weeks: weekStarts))
        }
    }

    /// Counts an item's requests of the quarter. An item without any counts for nothing.
    public mutating func add(_ item: ReportItem) {
        guard !item.requests.isEmpty else { return }
        let page = index(of: item.pageID)
        accumulators[page].figures.items += 1
        for request in item.requests {
            accumulators[page].add(request, of: item, week: weekIndex(of: request.arrival), now: now)
        }
    }

    public mutating func setOverdueNow(_ count: Int, page pageID: String) {
        accumulators[index(of: pageID)].figures.overdueNow = count
    }

    /// `reason` nil: a block learned from VK with a reason outside the regulation's five.
    public mutating func addBlocks(_ count: Int, reason: BlockReason?, page pageID: String) {
        let page = index(of: pageID)
        if let reason {
            accumulators[page].figures.blocksByReason[reason, default: 0] += count
        } else {
            accumulators[page].figures.blocksWithoutReason += count
        }
    }

    public mutating func setEscalatedComplaints(_ count: Int, page pageID: String) {
        accumulators[index(of: pageID)].figures.escalatedComplaints = count
    }

    /// Adds the counts of another tally of the same quarter and pages (one that counted other
    /// items, e.g. on another thread).
    public mutating func absorb(_ other: QuarterTally) {
        for (pageID, index) in other.pageIndex {
            accumulators[self.index(of: pageID)].absorb(other.accumulators[index])
        }
    }

    /// The finished report: each page, then their total (percentiles over all pages' requests
    /// together, not an average of the pages' percentiles).
    public func report() -> QuarterReport {
        let ordered = pageIndex.keys.sorted().map { accumulators[pageIndex[$0]!] }
        var total = PageAccumulator(PageFigures(pageID: nil, pageName: ""), weeks: weekStarts)
        for page in ordered { total.absorb(page) }
        return QuarterReport(quarter: quarter, timeZoneIdentifier: timeZone.identifier, generatedAt: now,
                             pages: ordered.map { $0.finished(staffNames: staffNames) },
                             overall: total.finished(staffNames: staffNames))
    }

    /// The page's accumulator, added (named by its id) if the report did not list it.
    private mutating func index(of pageID: String) -> Int {
        if let index = pageIndex[pageID] { return index }
        pageIndex[pageID] = accumulators.count
        accumulators.append(PageAccumulator(PageFigures(pageID: pageID, pageName: pageID), weeks: weekStarts))
        return accumulators.count - 1
    }

    /// The week an arrival falls in; arrivals before the first Monday go to the first week.
    private func weekIndex(of arrival: Int64) -> Int {
        var low = 0, high = weekStartInstants.count
        while low < high {
            let middle = (low + high) / 2
            if weekStartInstants[middle] > arrival { high = middle } else { low = middle + 1 }
        }
        return max(0, low - 1)
    }
}

/// One page's running figures, with the response times kept for the percentiles.
/// Counters by case live in arrays indexed by the case's position while counting (a million
/// requests should not hash four keys each) and become the figures' dictionaries at the end.
struct PageAccumulator: Sendable {
    var figures: PageFigures
    var categoryCounts = [Int](repeating: 0, count: RequestCategory.allCases.count)
    var channelCounts = [Int](repeating: 0, count: RequestChannel.allCases.count)
    var standingCounts = [Int](repeating: 0, count: RequestStanding.allCases.count)
    var originCounts = [Int](repeating: 0, count: ReplyOrigin.allCases.count)
    var responseSeconds: [Int] = []
    var secondsByAdministrator: [String?: [Int]] = [:]

    init(_ figures: PageFigures, weeks: [LocalDate]) {
        self.figures = figures
        self.figures.weeks = weeks.map { WeekFigures(start: $0) }
    }

    mutating func add(_ request: ReportRequest, of item: ReportItem, week: Int, now: Int64) {
        figures.requests += 1
        if let category = item.category {
            categoryCounts[RequestCategory.allCases.firstIndex(of: category)!] += 1
        } else {
            figures.unclassified += 1
        }
        channelCounts[RequestChannel.allCases.firstIndex(of: item.channel)!] += 1
        let standing = request.standing(at: now)
        standingCounts[RequestStanding.allCases.firstIndex(of: standing)!] += 1
        figures.weeks[week].received += 1
        if standing == .answeredLate || standing == .overdue {
            figures.weeks[week].missedDeadline += 1
        }
        if let reply = request.reply {
            responseSeconds.append(reply.workingSeconds)
            secondsByAdministrator[reply.author, default: []].append(reply.workingSeconds)
            originCounts[ReplyOrigin.allCases.firstIndex(of: reply.origin)!] += 1
        }
    }

    /// Adds another page's figures into this total.
    mutating func absorb(_ other: PageAccumulator) {
        let page = other.figures
        figures.requests += page.requests
        figures.items += page.items
        figures.unclassified += page.unclassified
        figures.overdueNow += page.overdueNow
        figures.blocksByReason.merge(page.blocksByReason, uniquingKeysWith: +)
        figures.blocksWithoutReason += page.blocksWithoutReason
        figures.escalatedComplaints += page.escalatedComplaints
        for index in figures.weeks.indices {
            figures.weeks[index].received += page.weeks[index].received
            figures.weeks[index].missedDeadline += page.weeks[index].missedDeadline
        }
        categoryCounts = zip(categoryCounts, other.categoryCounts).map(+)
        channelCounts = zip(channelCounts, other.channelCounts).map(+)
        standingCounts = zip(standingCounts, other.standingCounts).map(+)
        originCounts = zip(originCounts, other.originCounts).map(+)
        responseSeconds += other.responseSeconds
        secondsByAdministrator.merge(other.secondsByAdministrator, uniquingKeysWith: +)
    }

    func finished(staffNames: [String: String]) -> PageFigures {
        var result = figures
        result.byCategory = Self.nonZero(RequestCategory.allCases, categoryCounts)
        result.byChannel = Self.nonZero(RequestChannel.allCases, channelCounts)
        result.byStanding = Self.nonZero(RequestStanding.allCases, standingCounts)
        result.answersByOrigin = Self.nonZero(ReplyOrigin.allCases, originCounts)
        result.responseTime = ResponseTimeSummary(seconds: responseSeconds)
        result.administrators = secondsByAdministrator.map { username, seconds in
            AdministratorFigures(username: username, name: username.flatMap { staffNames[$0] },
                                 answered: seconds.count, medianSeconds: ResponseTimeSummary(seconds: seconds).median)
        }.sorted { a, b in
            // Named administrators by replies, most first; replies made outside dutydesk last.
            if (a.username == nil) != (b.username == nil) { return b.username == nil }
            if a.answered != b.answered { return a.answered > b.answered }
            return (a.username ?? "") < (b.username ?? "")
        }
        return result
    }

    static func nonZero<Key: Hashable>(_ keys: [Key], _ counts: [Int]) -> [Key: Int] {
        Dictionary(uniqueKeysWithValues: zip(keys, counts).filter { $0.1 > 0 })
    }
}
