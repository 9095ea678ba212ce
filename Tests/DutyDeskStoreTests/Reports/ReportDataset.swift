import DutyDeskCore
import Foundation
@testable import DutyDeskStore

/// The hand-built quarter of `QuarterFiguresTests`, on `ReportFixture`'s calendar
/// (Mon–Fri 10:00–20:00, Moscow). The report's clock is Thursday 2026-11-19 12:00.
///
/// | item | page, channel     | type          | story (Moscow time)                                              | worked out                                      |
/// |------|-------------------|---------------|------------------------------------------------------------------|-------------------------------------------------|
/// | 1    | p1 vk.message     | renewal       | in Mon 11-09 15:00; template reply by ivanova 16:30               | 1.5 h = 5400 s; due Tue 15:00: on time          |
/// | 2    | p1 vk.comment     | consultation  | in Fri 11-13 19:00; free-text reply by petrov Mon 11-16 12:00     | 1 h Fri + 2 h Mon = 10800 s; due Mon 19:00: on time |
/// |      |                   |               | in Mon 11-16 13:00 (new clock); reply outside dutydesk Wed 11-18 11:00 | 7 + 10 + 1 h = 64800 s; due Tue 13:00: late |
/// | 3    | p2 tg.message     | (none)        | in Tue 11-17 10:00, unanswered                                    | due Tue 20:00: overdue, and overdue now         |
/// | 4    | p2 tg.comment     | spam          | in Wed 11-18 09:00; closed 09:30 without reply                    | closed without reply                            |
/// | 5    | p1 vk.message     | reference     | in Thu 11-19 11:00, unanswered                                    | due Fri 11:00: not yet due                      |
/// | 7    | p1 vk.message     | gratitude     | in Tue 11-10 10:00; edited template by ivanova 10:05; follow-up 10:10; an incoming 12:00 deleted | 300 s, on time; the rest counts for nothing |
/// | 10   | p2 tg.message     | other         | in Thu 10-01 01:00 (Wed 22:00 UTC: Q4 only in Moscow); template by petrov 10:30 | clock from 10:00: 1800 s; due 20:00: on time |
/// | 6    | p1 vk.message     | consultation  | in Sat 09-26 12:00 (Q3), unanswered; in Thu 10-01 10:00; reply 11:00 | one clock from Q3: no Q4 request            |
/// | 11   | p1 vk.message     | consultation  | Q3: in Mon 09-21 12:00, reply 13:00; Q4: in Thu 11-12 15:00, reply outside dutydesk 15:30 | one Q4 request, 1800 s, on time |
///
/// Items 6 and 11 were created before the quarter, so they are read by id rather than in the
/// range of the quarter's new items. Blocks: on p1 an insult (10-05) and spam (11-02) in Q4 and
/// one in Q3; on p2 one from VK with no reason (11-03). Item 2 was escalated on 11-13.
enum ReportDataset {
    static let quarter = QuarterPeriod(year: 2026, quarter: 4)!

    static func fill(_ f: ReportFixture) throws {
        let ivanovaTemplate = ReportFixture.Outbox(by: "ivanova", templates: ["renewal-done"])
        try f.message("1", .incoming, at: "2026-11-09 15:00", text: "Продлите, пожалуйста, книги.")
        try f.message("1", .outgoing, at: "2026-11-09 16:30", text: "Продлено.", outbox: ivanovaTemplate)
        let two = try f.message("2", kind: .comment, .incoming, at: "2026-11-13 19:00", text: "Как записаться?")
        try f.message("2", kind: .comment, .outgoing, at: "2026-11-16 12:00", text: "Приходите с паспортом.",
                      outbox: .init(by: "petrov"))
        try f.message("2", kind: .comment, .incoming, at: "2026-11-16 13:00", text: "А в субботу?")
        try f.message("2", kind: .comment, .incoming, at: "2026-11-16 14:00", text: "И детей можно?")
        try f.message("2", kind: .comment, .outgoing, at: "2026-11-18 11:00", text: "Да, и детей тоже.")
        let three = try f.message("3", page: "p2", .incoming, at: "2026-11-17 10:00")
        let four = try f.message("4", page: "p2", kind: .comment, .incoming, at: "2026-11-18 09:00", text: "Купите рекламу")
        try f.message("5", .incoming, at: "2026-11-19 11:00")
        let seven = try f.message("7", .incoming, at: "2026-11-10 10:00", text: "Спасибо!")
        try f.message("7", .outgoing, at: "2026-11-10 10:05", outbox: .init(by: "ivanova", templates: ["gratitude"], edited: true))
        try f.message("7", .outgoing, at: "2026-11-10 10:10")
        try f.message("7", .incoming, at: "2026-11-10 12:00", text: "оскорбление")
        let ten = try f.message("10", page: "p2", .incoming, at: "2026-10-01 01:00")
        try f.message("10", page: "p2", .outgoing, at: "2026-10-01 10:30", outbox: .init(by: "petrov", templates: ["other"]))
        let six = try f.message("6", .incoming, at: "2026-09-26 12:00")
        try f.message("6", .incoming, at: "2026-10-01 10:00")
        try f.message("6", .outgoing, at: "2026-10-01 11:00")
        let eleven = try f.message("11", .incoming, at: "2026-09-21 12:00")
        try f.message("11", .outgoing, at: "2026-09-21 13:00")
        try f.message("11", .incoming, at: "2026-11-12 15:00")
        try f.message("11", .outgoing, at: "2026-11-12 15:30")

        for (item, category) in [(1, "renewal"), (two, "consultation"), (four, "spam"), (5, "reference"), (seven, "gratitude"),
                                 (ten, "other"), (six, "consultation"), (eleven, "consultation")] as [(Int64, String)] {
            try f.execute("UPDATE items SET category = ? WHERE id = ?", [category, item])
        }
        try f.execute("UPDATE messages SET deleted_at = ?, deleted_by = 'ivanova' WHERE item_id = ? AND text = 'оскорбление'",
                      [f.at("2026-11-10 12:05"), seven])
        try f.refreshClock(seven, page: "p1")
        try f.execute("UPDATE items SET status = 'closed', closed_at = ?, closed_reason = 'спам' WHERE id = ?",
                      [f.at("2026-11-18 09:30"), four])
        try f.refreshClock(four, page: "p2")
        try f.execute("UPDATE items SET is_complaint = 1, escalated_at = ?, escalated_by = 'ivanova' WHERE id = ?",
                      [f.at("2026-11-13 19:30"), two])
        for (page, reason, time) in [("p1", "insult", "2026-10-05 12:00"), ("p1", "spam", "2026-11-02 12:00"),
                                     ("p1", "spam", "2026-09-01 12:00"), ("p2", nil, "2026-11-03 12:00")] as [(String, String?, String)] {
            try f.execute("""
                INSERT INTO blocks (page_id, user_id, reason, from_at, until_at, blocked_by) VALUES (?, 777, ?, ?, NULL, 'ivanova')
                """, [page, reason, f.at(time)])
        }
        _ = three
    }
}
