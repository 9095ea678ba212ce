import DutyDeskCore
import Foundation
import GRDB

/// The quarterly statistics of regulation 5.12, from the database: what `dutydesk report quarter`
/// prints and the Reports panel draws.
///
/// The arithmetic is Core's (`QuarterTally`); this type feeds it: the requests from ordered
/// passes over the quarter's items and their messages (`RequestScan`), the rest from grouped
/// index-range queries (`QuarterSideCounts`). See `PageFigures` for what every figure means.
public enum QuarterFigures {
    /// The report of `quarter` for `pageIDs` (nil: every page) at the clock `now`: replies up to
    /// `now` count, and "overdue now" is at `now`. Throws `UnknownPage` for a page id that does
    /// not exist. Everything is read in the caller's transaction, on one connection.
    public static func report(_ db: Database, quarter: QuarterPeriod, pageIDs: Set<String>? = nil,
                              now: Date) throws -> QuarterReport {
        let job = try Job(db, quarter: quarter, pageIDs: pageIDs, now: now)
        var tally = job.emptyTally
        try job.scan.forEach(db) { tally.add($0) }
        try job.addSideCounts(db, to: &tally)
        return tally.report()
    }

    /// The same report, read on two connections at once when the quarter is large: the big range
    /// of items is cut in two and the second half counted on another thread (the machine the
    /// report must be fast on has two cores).
    ///
    /// Both halves must see the same database. Without SQLite's snapshot API (not built on Linux)
    /// two read transactions cannot be pinned to one state, so the helper compares a write marker
    /// (`WriteMarker`) with the main transaction's and, if something was written in between,
    /// its half is counted again in the main transaction.
    public static func report(_ database: DutyDeskDatabase, quarter: QuarterPeriod, pageIDs: Set<String>? = nil,
                              now: Date) throws -> QuarterReport {
        try report(database, quarter: quarter, pageIDs: pageIDs, now: now, twoThreadsFrom: parallelThreshold)
    }

    /// `twoThreadsFrom`: how many item ids the dense range needs before a second thread helps
    /// (tests lower it to exercise both paths on small data).
    static func report(_ database: DutyDeskDatabase, quarter: QuarterPeriod, pageIDs: Set<String>?, now: Date,
                       twoThreadsFrom threshold: Int) throws -> QuarterReport {
        try database.reader.read { db in
            let job = try Job(db, quarter: quarter, pageIDs: pageIDs, now: now)
            var tally = job.emptyTally
            let plan = try job.scan.plan(db)
            guard let dense = plan.dense, dense.count >= max(threshold, 2) else {
                if let dense = plan.dense { try job.scan.forEach(db, in: dense) { tally.add($0) } }
                try job.scan.forEach(db, ids: plan.others) { tally.add($0) }
                try job.addSideCounts(db, to: &tally)
                return tally.report()
            }
            let middle = dense.lowerBound + (dense.upperBound - dense.lowerBound) / 2
            let firstHalf = dense.lowerBound...middle
            let secondHalf = (middle + 1)...dense.upperBound
            let marker = try WriteMarker.read(db)
            let helper = HelperTally()
            let group = DispatchGroup()
            let scan = job.scan
            let empty = job.emptyTally
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                helper.result = Result {
                    try database.reader.read { other -> QuarterTally? in
                        guard try WriteMarker.read(other) == marker else { return nil }
                        var half = empty
                        try scan.forEach(other, in: secondHalf) { half.add($0) }
                        return half
                    }
                }
            }
            try job.scan.forEach(db, in: firstHalf) { tally.add($0) }
            try job.scan.forEach(db, ids: plan.others) { tally.add($0) }
            try job.addSideCounts(db, to: &tally)
            group.wait()
            if let half = try helper.result?.get() {
                tally.absorb(half)
            } else {
                try job.scan.forEach(db, in: secondHalf) { tally.add($0) }
            }
            return tally.report()
        }
    }

    /// Below this many item ids a second thread costs more than it saves.
    static let parallelThreshold: Int = 20_000

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

    /// What one report reads: its pages, window and clock, resolved once.
    struct Job {
        let scan: RequestScan
        let emptyTally: QuarterTally
        let pages: Set<String>

        init(_ db: Database, quarter: QuarterPeriod, pageIDs: Set<String>?, now: Date) throws {
            let zone = try OrganisationTimeZone.get(db)
            let calendars = try PageCalendars.loadAll(db)
            for id in (pageIDs ?? []).sorted() where calendars[id] == nil {
                throw UnknownPage(pageID: id, knownPages: calendars.keys.sorted())
            }
            let chosen = calendars.filter { pageIDs?.contains($0.key) ?? true }
            let interval = quarter.interval(in: zone)
            let nowSeconds = Int64(now.timeIntervalSince1970)
            scan = RequestScan(start: Int64(interval.start.timeIntervalSince1970),
                               end: Int64(interval.end.timeIntervalSince1970),
                               now: nowSeconds, pageIDs: pageIDs, calendars: chosen)
            emptyTally = QuarterTally(quarter: quarter, timeZone: zone, now: nowSeconds,
                                      pages: chosen.values.map { ($0.pageID, $0.pageName) },
                                      staffNames: try DutyQuery.names(db))
            pages = Set(chosen.keys)
        }

        func addSideCounts(_ db: Database, to tally: inout QuarterTally) throws {
            for (page, count) in try QuarterSideCounts.overdueNow(db, now: scan.now, end: scan.end) where pages.contains(page) {
                tally.setOverdueNow(count, page: page)
            }
            for (page, count) in try QuarterSideCounts.escalated(db, start: scan.start, end: scan.end)
            where pages.contains(page) {
                tally.setEscalatedComplaints(count, page: page)
            }
            for block in try QuarterSideCounts.blocks(db, start: scan.start, end: scan.end) where pages.contains(block.page) {
                tally.addBlocks(block.count, reason: block.reason, page: block.page)
            }
        }
    }

    /// The helper thread's result, handed back under a lock.
    final class HelperTally: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Result<QuarterTally?, any Error>?

        var result: Result<QuarterTally?, any Error>? {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }
}
