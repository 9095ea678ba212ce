import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// The spec's rule 6 on a real database file: what answers what, and whose clock counts.
struct ItemClockTests {
    @Test func firstIncomingMessageStartsTheClock() throws {
        let inbox = try InboxFixture()
        let item = try inbox.message(.incoming, at: "2026-11-09 15:00", key: "m1")
        let row = try inbox.item(item)
        #expect(row["status"] as String == "open")
        #expect(inbox.localText(row["deadline_at"]) == "2026-11-10 15:00")
    }

    @Test func laterIncomingMessageKeepsTheOldestClock() throws {
        let inbox = try InboxFixture()
        try inbox.message(.incoming, at: "2026-11-09 15:00", key: "m1")
        let item = try inbox.message(.incoming, at: "2026-11-10 11:00", key: "m2")
        #expect(inbox.localText(try inbox.item(item)["deadline_at"]) == "2026-11-10 15:00")
    }

    @Test func replyAnswersEveryEarlierMessage() throws {
        let inbox = try InboxFixture()
        try inbox.message(.incoming, at: "2026-11-09 15:00", key: "m1")
        try inbox.message(.incoming, at: "2026-11-09 16:00", key: "m2")
        let item = try inbox.message(.outgoing, at: "2026-11-09 17:00", key: "r1")
        let row = try inbox.item(item)
        #expect(row["status"] as String == "answered")
        #expect(row["deadline_at"] as Int64? == nil)
    }

    @Test func questionAfterTheReplyStartsANewClock() throws {
        let inbox = try InboxFixture()
        try inbox.message(.incoming, at: "2026-11-09 15:00", key: "m1")
        try inbox.message(.outgoing, at: "2026-11-09 17:00", key: "r1")
        let item = try inbox.message(.incoming, at: "2026-11-09 19:00", key: "m2")
        let row = try inbox.item(item)
        #expect(row["status"] as String == "open")
        #expect(inbox.localText(row["deadline_at"]) == "2026-11-10 19:00")
    }

    @Test func outOfOrderArrivalConvergesOnTheSameAnswer() throws {
        let ordered = try InboxFixture()
        try ordered.message(.incoming, at: "2026-11-09 15:00", key: "m1")
        try ordered.message(.outgoing, at: "2026-11-09 17:00", key: "r1")
        let a = try ordered.message(.incoming, at: "2026-11-09 19:00", key: "m2")

        let shuffled = try InboxFixture()
        try shuffled.message(.incoming, at: "2026-11-09 19:00", key: "m2")
        try shuffled.message(.outgoing, at: "2026-11-09 17:00", key: "r1")
        let b = try shuffled.message(.incoming, at: "2026-11-09 15:00", key: "m1")

        #expect(try ordered.item(a)["deadline_at"] as Int64? == shuffled.item(b)["deadline_at"] as Int64?)
        #expect(try ordered.item(a)["status"] as String == shuffled.item(b)["status"] as String)
    }

    @Test func sameMessageTwiceIsStoredOnce() throws {
        let inbox = try InboxFixture()
        try inbox.message(.incoming, at: "2026-11-09 15:00", key: "m1")
        let item = try inbox.message(.incoming, at: "2026-11-09 15:00", key: "m1")
        #expect(try inbox.item(item)["message_count"] as Int == 1)
    }

    @Test func calendarChangeMovesOpenDeadlines() throws {
        let inbox = try InboxFixture()
        let item = try inbox.message(.incoming, at: "2026-11-09 15:00", key: "m1")
        // The department closes on Tuesday 2026-11-10: the remaining five hours move to Wednesday.
        var changed = WorkingCalendar(weeklyHours: InboxFixture.weekdays, holidays: .none)
        changed.closedDates = [LocalDate(iso: "2026-11-10")!]
        try inbox.database.writer.write { db in
            try db.execute(sql: "UPDATE departments SET calendar = ?", arguments: [try CalendarCoding.encode(changed)])
            try ItemClock.refreshAll(db)
        }
        #expect(inbox.localText(try inbox.item(item)["deadline_at"]) == "2026-11-11 15:00")
    }
}
