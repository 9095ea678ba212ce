import Foundation
import Testing
@testable import DutyDeskCore

/// The report's arithmetic on `QuarterTallyFixture`, each answer worked out in the comments.
struct QuarterTallyTests {
    let report = QuarterTallyFixture.report()
    var a: PageFigures { report.pages[0] }
    var b: PageFigures { report.pages[1] }

    @Test func pagesInIdOrderIncludingOnesWithoutRequests() {
        #expect(report.pages.map(\.pageID) == ["a", "b", "c"])
        #expect(report.pages[2].requests == 0)
        #expect(report.pages[2].onTimeShare == nil)
        #expect(report.overall.pageID == nil)
    }

    @Test func requestsAndItems() {
        // Page a: items 1, 2 (two requests), 3, 4, 5 → 6 requests in 5 items. Page b: items 6, 7
        // (item 8 has none in the quarter) → 2 in 2.
        #expect(a.requests == 6 && a.items == 5)
        #expect(b.requests == 2 && b.items == 2)
        #expect(report.overall.requests == 8 && report.overall.items == 7)
    }

    @Test func byTypeAndChannel() {
        #expect(a.byCategory == [.renewal: 1, .consultation: 2, .spam: 1, .reference: 1])
        #expect(a.unclassified == 1)
        #expect(a.byChannel == [RequestChannel(network: .vk, kind: .message): 3, RequestChannel(network: .vk, kind: .comment): 3])
        #expect(b.byChannel == [RequestChannel(network: .telegram, kind: .message): 2])
        #expect(report.overall.byCategory[.renewal] == 2)
    }

    @Test func answeredWithinTheDeadline() {
        // a: on time 1 and 5; late 2/1; overdue 2/2 (hour 234 < now 1000); waiting 3 (due hour
        // 2000); closed 4. Judged = on time + late + overdue = 4; share 2/4.
        #expect(a.count(.answeredOnTime) == 2)
        #expect(a.count(.answeredLate) == 1)
        #expect(a.count(.overdue) == 1)
        #expect(a.count(.waiting) == 1)
        #expect(a.count(.closedWithoutReply) == 1)
        #expect(a.judged == 4)
        #expect(a.onTimeShare == 0.5)
        #expect(a.missedDeadline == 2)
        // b: 6 on time; 7 has no deadline, so it is neither on time nor late: share 1/1.
        #expect(b.count(.noDeadline) == 1)
        #expect(b.judged == 1 && b.onTimeShare == 1)
        // All: 3 on time of 5 judged.
        #expect(report.overall.judged == 5)
        #expect(report.overall.onTimeShare == 0.6)
    }

    @Test func responseTimesByNearestRank() {
        // a: 3600, 36000, 7200 → sorted 3600, 7200, 36000: median rank ⌈1.5⌉ = 2 → 7200;
        // p90 rank ⌈2.7⌉ = 3 → 36000.
        #expect(a.responseTime == ResponseTimeSummary(seconds: [3600, 7200, 36_000]))
        #expect(a.responseTime.median == 7200 && a.responseTime.percentile90 == 36_000 && a.responseTime.maximum == 36_000)
        // b: 1800, 0 → sorted 0, 1800: median rank 1 → 0; p90 rank ⌈1.8⌉ = 2 → 1800. A request
        // without a deadline still has a response time.
        #expect(b.responseTime.median == 0 && b.responseTime.percentile90 == 1800)
        // All five together, not an average of the pages: 0, 1800, 3600, 7200, 36000 →
        // median rank 3 → 3600; p90 rank ⌈4.5⌉ = 5 → 36000.
        #expect(report.overall.responseTime.median == 3600)
        #expect(report.overall.responseTime.percentile90 == 36_000)
        #expect(report.overall.answered == 5)
    }

    @Test func overdueNowAndInTheQuarter() {
        #expect(a.overdueNow == 2)
        #expect(report.overall.overdueNow == 2)
        #expect(report.overall.missedDeadline == 2)
    }

    @Test func templatesAndFreeText() {
        #expect(a.answersByOrigin == [.template: 1, .freeText: 1, .outsideDutyDesk: 1])
        #expect(b.answersByOrigin == [.editedTemplate: 1, .outsideDutyDesk: 1])
    }

    @Test func blocksAndEscalations() {
        #expect(a.blocksByReason == [.spam: 2])
        #expect(a.blocksWithoutReason == 1)
        #expect(a.blocks == 3)
        #expect(report.overall.blocks == 4)
        #expect(a.escalatedComplaints == 1 && b.escalatedComplaints == 0)
    }

    @Test func perAdministrator() {
        // a: ivanova 1 (3600), petrov 1 (36000), outside 1 (7200): named first, busiest first,
        // then by username; replies made outside dutydesk last.
        #expect(a.administrators == [
            AdministratorFigures(username: "ivanova", name: "Иванова Анна", answered: 1, medianSeconds: 3600),
            AdministratorFigures(username: "petrov", name: "Петров Пётр", answered: 1, medianSeconds: 36_000),
            AdministratorFigures(username: nil, name: nil, answered: 1, medianSeconds: 7200),
        ])
        // All pages: ivanova 3600 and 1800 → median rank 1 of (1800, 3600) → 1800;
        // outside dutydesk 7200 and 0 → 0.
        #expect(report.overall.administrators == [
            AdministratorFigures(username: "ivanova", name: "Иванова Анна", answered: 2, medianSeconds: 1800),
            AdministratorFigures(username: "petrov", name: "Петров Пётр", answered: 1, medianSeconds: 36_000),
            AdministratorFigures(username: nil, name: nil, answered: 2, medianSeconds: 0),
        ])
    }

    @Test func weeks() {
        // The quarter starts on Thursday 2026-10-01 00:00, in the week of Monday 09-28, which
        // ends at hour 96 (Monday 10-05). Week 1 is hours 96–264, week 5 hours 768–936.
        // Page a: hours 1, 2, 3 → week 0; 170 and 210 → week 1, both missed; 900 → week 5.
        let weeks = a.weeks
        #expect(weeks.count == 14)
        #expect(weeks[0].received == 3 && weeks[0].missedDeadline == 0)
        #expect(weeks[1].received == 2 && weeks[1].missedDeadline == 2)
        #expect(weeks[5].received == 1 && weeks[5].missedDeadline == 0)
        // Page b adds hours 4 and 5 to week 0.
        #expect(report.overall.weeks[0].received == 5)
        #expect(report.overall.weeks.map(\.received).reduce(0, +) == report.overall.requests)
    }

    @Test func twoTalliesAddUpToOne() {
        var first = QuarterTally(quarter: QuarterTallyFixture.quarter, timeZone: QuarterTallyFixture.zone,
                                 now: QuarterTallyFixture.now, pages: [("a", "Страница «А» | ВКонтакте"), ("b", "Page B"), ("c", "Пустая")],
                                 staffNames: ["ivanova": "Иванова Анна", "petrov": "Петров Пётр"])
        var second = first
        for (index, item) in QuarterTallyFixture.items.enumerated() {
            if index % 2 == 0 { first.add(item) } else { second.add(item) }
        }
        first.setOverdueNow(2, page: "a")
        first.setEscalatedComplaints(1, page: "a")
        first.addBlocks(2, reason: .spam, page: "a")
        first.addBlocks(1, reason: nil, page: "a")
        first.addBlocks(1, reason: .insult, page: "b")
        first.absorb(second)
        #expect(first.report() == report)
    }
}
