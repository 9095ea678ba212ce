import DutyDeskCore
import Foundation
import GRDB

/// The quarterly statistics of regulation 5.12, from the database: what `dutydesk report quarter`
/// prints and the Reports panel draws.
///
/// The arithmetic is Core's (`QuarterTally`); this type feeds it: the requests from one ordered
/// pass over the quarter's messages (`RequestScan`), the rest from grouped index-range queries.
/// See `PageFigures` for what every figure means.
public enum QuarterFigures {
    /// The report of `quarter` for `pageIDs` (nil: every page) at the clock `now`: replies up to
    /// `now` count, and "overdue now" is at `now`. Throws `UnknownPage` for a page id that does
    /// not exist.
    public static func report(_ db: Database, quarter: QuarterPeriod, pageIDs: Set<String>? = nil,
                              now: Date) throws -> QuarterReport {
        let zone = try OrganisationTimeZone.get(db)
        let calendars = try PageCalendars.loadAll(db)
        for id in (pageIDs ?? []).sorted() where calendars[id] == nil {
            throw UnknownPage(pageID: id, knownPages: calendars.keys.sorted())
        }
        let chosen = calendars.filter { pageIDs?.contains($0.key) ?? true }
        let interval = quarter.interval(in: zone)
        let start = Int64(interval.start.timeIntervalSince1970)
        let end = Int64(interval.end.timeIntervalSince1970)
        let nowSeconds = Int64(now.timeIntervalSince1970)

        var tally = QuarterTally(quarter: quarter, timeZone: zone, now: nowSeconds,
                                 pages: chosen.values.map { ($0.pageID, $0.pageName) },
                                 staffNames: try staffNames(db))
        let scan = RequestScan(start: start, end: end, now: nowSeconds, pageIDs: pageIDs, calendars: chosen)
        try scan.forEach(db, items: try scan.itemIDs(db)) { tally.add($0) }
        for (page, count) in try QuarterSideCounts.overdueNow(db, now: nowSeconds, end: end) where chosen[page] != nil {
            tally.setOverdueNow(count, page: page)
        }
        for (page, count) in try QuarterSideCounts.escalated(db, start: start, end: end) where chosen[page] != nil {
            tally.setEscalatedComplaints(count, page: page)
        }
        for block in try QuarterSideCounts.blocks(db, start: start, end: end) where chosen[block.page] != nil {
            tally.addBlocks(block.count, reason: block.reason, page: block.page)
        }
        return tally.report()
    }

    /// The quarter `now` falls in, in the organisation's time zone: the Reports panel's quarter.
    public static func currentQuarter(_ db: Database, now: Date) throws -> QuarterPeriod {
        let zone = try OrganisationTimeZone.get(db)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return QuarterPeriod(containing: LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!)
    }

    /// The current quarter's report: what the Reports panel shows.
    public static func currentReport(_ db: Database, pageIDs: Set<String>? = nil, now: Date) throws -> QuarterReport {
        try report(db, quarter: currentQuarter(db, now: now), pageIDs: pageIDs, now: now)
    }

    static func staffNames(_ db: Database) throws -> [String: String] {
        var names: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT username, name FROM staff") {
            names[row[0]] = row[1]
        }
        return names
    }
}
