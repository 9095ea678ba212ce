import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// The quarterly figures from a real SQLite file, on `ReportDataset`, against answers worked out
/// by hand (the table in `ReportDataset`). Percentiles by nearest rank: rank ⌈p·N/100⌉.
@Suite struct QuarterFiguresTests {
    let fixture: ReportFixture
    let report: QuarterReport

    init() throws {
        fixture = try ReportFixture()
        try ReportDataset.fill(fixture)
        let now = fixture.date("2026-11-19 12:00")
        report = try fixture.database.reader.read { try QuarterFigures.report($0, quarter: ReportDataset.quarter, now: now) }
    }

    var p1: PageFigures { report.pages[0] }
    var p2: PageFigures { report.pages[1] }

    @Test func requestsAreClocksThatStartedInTheQuarter() {
        // p1: items 1, 2 (two clocks), 5, 7, 11 → 6 requests in 5 items; item 6's clock started
        // in Q3, item 7's follow-up reply and deleted message start nothing.
        #expect(report.pages.map(\.pageID) == ["p1", "p2"])
        #expect(p1.requests == 6 && p1.items == 5)
        // p2: items 3, 4, 10 (10 arrived at 01:00 Moscow on 10-01, still 09-30 in UTC).
        #expect(p2.requests == 3 && p2.items == 3)
        #expect(report.overall.requests == 9 && report.overall.items == 8)
    }

    @Test func byTypeAndChannel() {
        #expect(p1.byCategory == [.renewal: 1, .consultation: 3, .reference: 1, .gratitude: 1])
        #expect(p1.byChannel == [RequestChannel(network: .vk, kind: .message): 4, RequestChannel(network: .vk, kind: .comment): 2])
        #expect(p2.byCategory == [.spam: 1, .other: 1])
        #expect(p2.unclassified == 1)
        #expect(p2.byChannel == [RequestChannel(network: .telegram, kind: .message): 2,
                                 RequestChannel(network: .telegram, kind: .comment): 1])
    }

    @Test func deadlines() {
        // p1: on time 1, 2a, 7, 11; late 2b; not yet due 5 → 4 of 5 judged.
        #expect(p1.byStanding == [.answeredOnTime: 4, .answeredLate: 1, .waiting: 1])
        #expect(p1.judged == 5 && p1.onTimeShare == 0.8)
        // p2: on time 10; overdue 3; closed 4 → 1 of 2.
        #expect(p2.byStanding == [.answeredOnTime: 1, .overdue: 1, .closedWithoutReply: 1])
        #expect(p2.onTimeShare == 0.5)
        // All: 5 of 7.
        #expect(report.overall.answeredOnTime == 5 && report.overall.judged == 7)
        #expect(report.overall.missedDeadline == 2)
    }

    @Test func responseTimesInWorkingHours() {
        // p1: 5400, 10800, 64800, 300, 1800 → sorted 300, 1800, 5400, 10800, 64800:
        // median rank 3 → 5400; p90 rank ⌈4.5⌉ = 5 → 64800.
        #expect(p1.responseTime == ResponseTimeSummary(seconds: [300, 1800, 5400, 10_800, 64_800]))
        #expect(p1.responseTime.median == 5400 && p1.responseTime.percentile90 == 64_800 && p1.responseTime.maximum == 64_800)
        #expect(p2.responseTime.median == 1800 && p2.responseTime.maximum == 1800)
        // All six: 300, 1800, 1800, 5400, 10800, 64800 → median rank 3 → 1800; p90 rank ⌈5.4⌉ = 6 → 64800.
        #expect(report.overall.responseTime.median == 1800)
        #expect(report.overall.responseTime.percentile90 == 64_800)
    }

    @Test func overdueNowComesFromTheInbox() {
        #expect(p1.overdueNow == 0)
        #expect(p2.overdueNow == 1)
    }

    @Test func howRepliesWereMade() {
        #expect(p1.answersByOrigin == [.template: 1, .freeText: 1, .outsideDutyDesk: 2, .editedTemplate: 1])
        #expect(p2.answersByOrigin == [.template: 1])
        #expect(p1.administrators == [
            AdministratorFigures(username: "ivanova", name: "Иванова Анна", answered: 2, medianSeconds: 300),
            AdministratorFigures(username: "petrov", name: "Петров Пётр", answered: 1, medianSeconds: 10_800),
            AdministratorFigures(username: nil, name: nil, answered: 2, medianSeconds: 1800),
        ])
        // All pages: petrov 10800 and 1800 → median rank 1 → 1800.
        #expect(report.overall.administrators.map(\.username) == ["ivanova", "petrov", nil])
        #expect(report.overall.administrators[1].medianSeconds == 1800)
    }

    @Test func blocksAndEscalationsOfTheQuarter() {
        #expect(p1.blocksByReason == [.insult: 1, .spam: 1])
        #expect(p1.blocksWithoutReason == 0)
        #expect(p2.blocksWithoutReason == 1)
        #expect(p1.escalatedComplaints == 1 && p2.escalatedComplaints == 0)
    }

    @Test func weeklySeries() {
        // Weeks from Monday 09-28: week 0 item 10; week 6 (11-09) items 1, 7, 11, 2a;
        // week 7 (11-16) 2b late, 3 overdue, 4, 5.
        let weeks = report.overall.weeks
        #expect(weeks[0].received == 1)
        #expect(weeks[6].start.iso == "2026-11-09")
        #expect(weeks[6].received == 4 && weeks[6].missedDeadline == 0)
        #expect(weeks[7].received == 4 && weeks[7].missedDeadline == 2)
        #expect(weeks.map(\.received).reduce(0, +) == 9)
    }

    @Test func everyWayOfReadingGivesTheSameFigures() throws {
        let now = fixture.date("2026-11-19 12:00")
        // Two threads, the range cut in two.
        let parallel = try QuarterFigures.report(fixture.database, quarter: ReportDataset.quarter, pageIDs: nil, now: now,
                                                 twoThreadsFrom: 2)
        #expect(parallel == report)
        let pooled = try QuarterFigures.report(fixture.database, quarter: ReportDataset.quarter, now: now)
        #expect(pooled == report)
        // One page at a time: its items read by id, not as a range.
        for (index, page) in ["p1", "p2"].enumerated() {
            let single = try fixture.database.reader.read {
                try QuarterFigures.report($0, quarter: ReportDataset.quarter, pageIDs: [page], now: now)
            }
            #expect(single.pages == [report.pages[index]])
        }
    }

    @Test func repliesAfterTheReportsClockDoNotCountYet() throws {
        // At Monday 11-16 12:30 item 2's first reply (12:00) counts, its second clock does not
        // exist yet, and item 1 … 11 are as they were; items 3, 4, 5 have not arrived.
        let earlier = try fixture.database.reader.read {
            try QuarterFigures.report($0, quarter: ReportDataset.quarter, now: fixture.date("2026-11-16 12:30"))
        }
        #expect(earlier.pages[0].requests == 4)
        #expect(earlier.pages[0].byStanding == [.answeredOnTime: 4])
    }

    @Test func anUnknownPageIsRefused() {
        #expect(throws: UnknownPage.self) {
            try fixture.database.reader.read {
                try QuarterFigures.report($0, quarter: ReportDataset.quarter, pageIDs: ["nope"], now: Date())
            }
        }
    }

    @Test func anotherQuarterHasNothing() throws {
        let q1 = try fixture.database.reader.read {
            try QuarterFigures.report($0, quarter: QuarterPeriod(year: 2027, quarter: 1)!, now: fixture.date("2026-11-19 12:00"))
        }
        #expect(q1.overall.requests == 0)
        // The Q3 part of items 6 and 11.
        let q3 = try fixture.database.reader.read {
            try QuarterFigures.report($0, quarter: QuarterPeriod(year: 2026, quarter: 3)!, now: fixture.date("2026-11-19 12:00"))
        }
        #expect(q3.pages[0].requests == 2)
        // Item 6: Sat 09-26 12:00, clock from Mon 09-28 10:00, due 20:00; answered Thu 10-01 11:00: late.
        #expect(q3.pages[0].byStanding == [.answeredOnTime: 1, .answeredLate: 1])
    }

    @Test func theCurrentQuarterIsInTheOrganisationsZone() throws {
        // 2026-09-30 22:00 UTC is already 10-01 in Moscow.
        let quarter = try fixture.database.reader.read {
            try QuarterFigures.currentQuarter($0, now: Date(timeIntervalSince1970: 1_790_805_600))
        }
        #expect(quarter == ReportDataset.quarter)
    }
}
