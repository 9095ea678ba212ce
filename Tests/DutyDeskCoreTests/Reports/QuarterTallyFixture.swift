import Foundation
@testable import DutyDeskCore

/// A hand-built quarter whose figures are worked out by hand in `QuarterTallyTests`.
///
/// Times are plain offsets from the quarter's start; deadlines and working seconds are given
/// directly (working them out is `OpenTimeTable`'s job, tested on its own), so every figure
/// below follows from this table alone:
///
/// | item | page | channel       | type         | arrival (h) | deadline (h) | reply (h) | working s | how, who         | standing   |
/// |------|------|---------------|--------------|-------------|--------------|-----------|-----------|------------------|------------|
/// | 1    | a    | vk.message    | renewal      | 1           | 25           | 24        | 3 600     | template, ivanova| on time    |
/// | 2    | a    | vk.comment    | consultation | 170 (wk 1)  | 194          | 200       | 36 000    | free, petrov     | late       |
/// | 2    | a    | vk.comment    | consultation | 210 (wk 1)  | 234          | —         |           |                  | overdue    |
/// | 3    | a    | vk.message    | (none)       | 900 (wk 5)  | 2 000        | —         |           |                  | waiting    |
/// | 4    | a    | vk.comment    | spam         | 2           | 26           | — closed  |           |                  | closed     |
/// | 5    | a    | vk.message    | reference    | 3           | 27           | 5         | 7 200     | outside dutydesk | on time    |
/// | 6    | b    | telegram.msg  | renewal      | 4           | 28           | 6         | 1 800     | edited, ivanova  | on time    |
/// | 7    | b    | telegram.msg  | other        | 5           | none         | 7         | 0         | outside dutydesk | no deadline|
///
/// The report's clock is hour 1000.
enum QuarterTallyFixture {
    static let quarter = QuarterPeriod(year: 2026, quarter: 4)!
    static let zone = TimeZone(identifier: "Europe/Moscow")!
    static let start = Int64(quarter.interval(in: zone).start.timeIntervalSince1970)
    static func hour(_ h: Int64) -> Int64 { start + h * 3600 }
    static let now = hour(1000)

    static func item(_ id: Int64, _ page: String, _ network: Network, _ kind: ItemKind, _ category: RequestCategory?,
                     _ requests: [ReportRequest]) -> ReportItem {
        ReportItem(itemID: id, pageID: page, channel: RequestChannel(network: network, kind: kind),
                   category: category, requests: requests)
    }

    static func reply(_ h: Int64, _ seconds: Int, _ origin: ReplyOrigin, _ author: String?) -> ReportReply {
        ReportReply(messageID: h, at: hour(h), workingSeconds: seconds, origin: origin, author: author)
    }

    static let items: [ReportItem] = [
        item(1, "a", .vk, .message, .renewal, [
            ReportRequest(arrival: hour(1), deadline: hour(25), reply: reply(24, 3600, .template, "ivanova")),
        ]),
        item(2, "a", .vk, .comment, .consultation, [
            ReportRequest(arrival: hour(170), deadline: hour(194), reply: reply(200, 36_000, .freeText, "petrov")),
            ReportRequest(arrival: hour(210), deadline: hour(234)),
        ]),
        item(3, "a", .vk, .message, nil, [ReportRequest(arrival: hour(900), deadline: hour(2000))]),
        item(4, "a", .vk, .comment, .spam, [ReportRequest(arrival: hour(2), deadline: hour(26), closedWithoutReply: true)]),
        item(5, "a", .vk, .message, .reference, [
            ReportRequest(arrival: hour(3), deadline: hour(27), reply: reply(5, 7200, .outsideDutyDesk, nil)),
        ]),
        item(6, "b", .telegram, .message, .renewal, [
            ReportRequest(arrival: hour(4), deadline: hour(28), reply: reply(6, 1800, .editedTemplate, "ivanova")),
        ]),
        item(7, "b", .telegram, .message, .other, [
            ReportRequest(arrival: hour(5), deadline: nil, reply: reply(7, 0, .outsideDutyDesk, nil)),
        ]),
        // An item whose requests all fell outside the quarter counts for nothing.
        item(8, "b", .telegram, .comment, .other, []),
    ]

    static func report() -> QuarterReport {
        var tally = QuarterTally(quarter: quarter, timeZone: zone, now: now,
                                 pages: [("a", "Страница «А» | ВКонтакте"), ("b", "Page B"), ("c", "Пустая")],
                                 staffNames: ["ivanova": "Иванова Анна", "petrov": "Петров Пётр"])
        for item in items { tally.add(item) }
        tally.setOverdueNow(2, page: "a")
        tally.setEscalatedComplaints(1, page: "a")
        tally.addBlocks(2, reason: .spam, page: "a")
        tally.addBlocks(1, reason: nil, page: "a")
        tally.addBlocks(1, reason: .insult, page: "b")
        return tally.report()
    }
}
