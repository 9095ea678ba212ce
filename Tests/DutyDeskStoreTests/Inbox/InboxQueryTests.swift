import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

struct InboxQueryTests {
    @Test func overdueFirstThenByDeadlineAndAnsweredLeaveTheOpenList() throws {
        let inbox = try InboxFixture()
        let late = try inbox.message(.incoming, at: "2026-11-09 15:00", reader: 1, key: "a")
        let early = try inbox.message(.incoming, at: "2026-11-05 12:00", reader: 2, key: "b")
        let answered = try inbox.message(.incoming, at: "2026-11-05 11:00", reader: 3, key: "c")
        try inbox.message(.outgoing, at: "2026-11-05 13:00", reader: 3, key: "d")
        let now = Date(timeIntervalSince1970: TimeInterval(inbox.at("2026-11-09 16:00")))
        let entries = try inbox.database.reader.read { try InboxQuery.entries($0, now: now) }
        #expect(entries.map(\.id) == [early, late])
        #expect(!entries.map(\.id).contains(answered))
        // Due Fri 12:00, now Mon 16:00: overdue by Fri 12–20 and Mon 10–16, 14 working hours.
        #expect(entries[0].remainingSeconds == -14 * 3600)
        #expect(entries[1].remainingSeconds == 9 * 3600)
        #expect(entries[1].departmentOpen)
    }

    @Test func readersAndFlagsAreReported() throws {
        let inbox = try InboxFixture()
        let item = try inbox.message(.incoming, at: "2026-11-09 15:00", key: "a", text: "Жалоба\nвторая строка")
        try inbox.database.writer.write { db in
            try db.execute(sql: "INSERT INTO item_reads (item_id, username, read_at) VALUES (?, 'ivanova', 1)", arguments: [item])
            try db.execute(sql: "UPDATE items SET is_complaint = 1 WHERE id = ?", arguments: [item])
        }
        let entry = try #require(try inbox.database.reader.read { try InboxQuery.entries($0, now: Date()) }.first)
        #expect(entry.readBy == ["ivanova"])
        #expect(entry.isComplaint)
        #expect(entry.text == "Жалоба\nвторая строка")
    }
}
