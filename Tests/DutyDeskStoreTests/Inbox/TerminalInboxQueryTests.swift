import DutyDeskCore
import Foundation
import GRDB
@testable import DutyDeskStore
import Testing

/// The queries and the read mark the terminal inbox uses.
@Suite struct TerminalInboxQueryTests {
    let fixture: InboxFixture
    let admin = Operator(username: "ivanova", name: "Иванова Анна", roles: ["lib1-vk": .admin])

    init() throws {
        fixture = try InboxFixture()
        try fixture.database.writer.write { db in
            try db.execute(sql: "INSERT INTO staff (username, name) VALUES ('ivanova', 'Иванова Анна'), ('petrov', 'Петров Олег')")
        }
    }

    var now: Date { Date(timeIntervalSince1970: TimeInterval(fixture.at("2026-11-10 12:00"))) }

    @Test func openItemsComeInDeadlineOrderAndSettledOnesAfterThem() throws {
        let late = try fixture.message(.incoming, at: "2026-11-09 15:00", reader: 1, key: "a")
        let early = try fixture.message(.incoming, at: "2026-11-09 11:00", reader: 2, key: "b")
        let answered = try fixture.message(.incoming, at: "2026-11-09 10:00", reader: 3, key: "c")
        try fixture.message(.outgoing, at: "2026-11-09 10:30", reader: 3, key: "d")
        let (open, settled) = try fixture.database.reader.read { db in
            (try InboxIndexQuery.openItems(db, now: now), try InboxIndexQuery.settledItems(db, now: now))
        }
        #expect(open.map(\.id) == [early, late])
        #expect(settled.map(\.id) == [answered])
        #expect(open.allSatisfy { $0.isUnread && $0.status == .open && $0.deadlineAt != nil })
        let merged = InboxIndexQuery.merged(open: open, settled: settled)
        #expect(merged.map(\.id) == [early, late, answered])
        #expect(merged == merged.sorted(by: InboxSummary.inboxOrder))
    }

    @Test func markingReadRecordsWhoAndWhenOnceUntilANewMessage() throws {
        let item = try fixture.message(.incoming, at: "2026-11-09 15:00", reader: 1, key: "a")
        let first = try fixture.database.writer.write { try ReadMarks.markRead($0, itemID: item, by: admin, at: now) }
        #expect(first == .recorded)
        let again = try fixture.database.writer.write { try ReadMarks.markRead($0, itemID: item, by: admin, at: now) }
        #expect(again == .alreadyRead)
        try fixture.message(.incoming, at: "2026-11-10 13:00", reader: 1, key: "b")
        let later = now.addingTimeInterval(7200)
        #expect(try fixture.database.writer.write { try ReadMarks.markRead($0, itemID: item, by: admin, at: later) } == .recorded)
        try fixture.database.reader.read { db in
            #expect(try Int64.fetchOne(db, sql: "SELECT read_at FROM item_reads WHERE item_id = ?", arguments: [item])
                == Int64(later.timeIntervalSince1970))
            let entries = try AuditLog.fetch(db, itemID: item)
            #expect(entries.map(\.action) == ["item.read", "item.read"])
            #expect(entries.allSatisfy { $0.actor == "ivanova" })
            #expect(try InboxIndexQuery.openItems(db, now: later).first?.isUnread == false)
        }
    }

    @Test func markingReadIsRefusedWithoutARoleOnThePage() throws {
        let item = try fixture.message(.incoming, at: "2026-11-09 15:00", reader: 1, key: "a")
        let stranger = Operator(username: "petrov", name: "Петров Олег", roles: ["other-vk": .admin])
        #expect(throws: AccessDenied.self) {
            try fixture.database.writer.write { try ReadMarks.markRead($0, itemID: item, by: stranger, at: now) }
        }
        #expect(throws: AccessDenied.self) {
            try fixture.database.writer.write { try ReadMarks.markRead($0, itemID: item, by: nil, at: now) }
        }
        #expect(throws: ItemNotFound.self) {
            try fixture.database.writer.write { try ReadMarks.markRead($0, itemID: 999, by: admin, at: now) }
        }
    }

    @Test func theThreadIsOldestFirstWithWhoReadIt() throws {
        let item = try fixture.message(.incoming, at: "2026-11-09 15:00", reader: 1, key: "a", text: "Первое")
        try fixture.message(.outgoing, at: "2026-11-09 15:30", reader: 1, key: "b", text: "Ответ")
        try fixture.message(.incoming, at: "2026-11-09 16:00", reader: 1, key: "c", text: "Второе")
        try fixture.database.writer.write { _ = try ReadMarks.markRead($0, itemID: item, by: admin, at: now) }
        let thread = try #require(try fixture.database.reader.read { try ThreadQuery.thread($0, itemID: item) })
        #expect(thread.messages.map(\.text) == ["Первое", "Ответ", "Второе"])
        #expect(thread.messages.map(\.direction) == [.incoming, .outgoing, .incoming])
        #expect(thread.readers == [InboxReader(username: "ivanova", name: "Иванова Анна", readAt: Int64(now.timeIntervalSince1970))])
        #expect(thread.pageName == "Библиотека № 1")
        #expect(try fixture.database.reader.read { try ThreadQuery.thread($0, itemID: 999) } == nil)
    }

    @Test func searchIgnoresCaseInCyrillic() throws {
        let item = try fixture.message(.incoming, at: "2026-11-09 15:00", reader: 1, key: "a", text: "Продлите КНИГИ, пожалуйста")
        try fixture.message(.incoming, at: "2026-11-09 15:00", reader: 2, key: "b", text: "Другое")
        func search(_ text: String) throws -> Set<Int64> {
            try fixture.database.reader.read { try InboxSearchQuery.matchingItemIDs($0, text: text) }
        }
        #expect(try search("книги") == [item])
        #expect(try search("ЧИТАТЕЛЬ 1") == [item])   // the author
        #expect(try search("") == [])
    }

    @Test func rowTextsComeByID() throws {
        let item = try fixture.message(.incoming, at: "2026-11-09 15:00", reader: 1, key: "a", text: "Текст")
        let texts = try fixture.database.reader.read { try InboxRowTextQuery.texts($0, ids: [item, 999]) }
        #expect(texts == [item: InboxRowText(author: "Читатель 1", text: "Текст", messageCount: 1)])
    }

    @Test func theRosterSaysWhoIsOnDutyNowAndNext() throws {
        let morning = fixture.at("2026-11-10 10:00"), noon = fixture.at("2026-11-10 15:00"), evening = fixture.at("2026-11-10 20:00")
        try fixture.database.writer.write { db in
            for (user, from, to) in [("ivanova", morning, noon), ("petrov", noon, evening)] {
                try db.execute(sql: """
                    INSERT INTO duty_shifts (page_id, username, starts_at, ends_at, created_by, created_at)
                    VALUES ('lib1-vk', ?, ?, ?, 'test', 0)
                    """, arguments: [user, from, to])
            }
        }
        let roster = try fixture.database.reader.read { try OnDutyRoster.load($0, around: now) }
        let duty = try #require(roster.statuses(at: now, pages: ["lib1-vk"]).first)
        #expect(duty.onDuty.map { roster.name($0.username) } == ["Иванова Анна"])
        #expect(duty.onDuty.first.map { Int64($0.end.timeIntervalSince1970) } == noon)
        #expect(duty.next?.username == "petrov")
        let later = Date(timeIntervalSince1970: TimeInterval(noon))
        #expect(roster.statuses(at: later, pages: ["lib1-vk"]).first?.onDuty.map(\.username) == ["petrov"])
        #expect(roster.statuses(at: now, pages: ["other"]).isEmpty)
    }

    @Test func theChangeProbeSeesCommitsOfOtherConnections() throws {
        let probe = try DatabaseChangeProbe(path: fixture.database.path)
        #expect(try !probe.hasChanged())
        try fixture.message(.incoming, at: "2026-11-09 15:00", reader: 1, key: "a")
        #expect(try probe.hasChanged())
        #expect(try !probe.hasChanged())
    }

    @Test func theLargeInboxSeederWritesConsistentItems() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-large-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try DutyDeskDatabase.open(path: folder.appendingPathComponent("large.sqlite").path)
        let summary = try LargeInboxSeeder.seed(database, items: 300, openItems: 30, now: now)
        #expect(summary == LargeInboxSeeder.Summary(items: 300, messages: 3000, openItems: 30))
        try database.writer.write { db in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM messages") == 3000)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT page_id) FROM items") == 50)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM items WHERE status = 'open' AND deadline_at IS NULL") == 0)
            // The derived columns agree with the messages, as ItemClock would have made them.
            let calendars = try PageCalendars.loadAll(db)
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM items WHERE id % 37 = 1") {
                let before = try Row.fetchOne(db, sql: "SELECT status, deadline_at FROM items WHERE id = ?", arguments: [id])!
                let page: String = try String.fetchOne(db, sql: "SELECT page_id FROM items WHERE id = ?", arguments: [id])!
                try ItemClock.refresh(db, itemID: id, calendar: calendars[page]!)
                let after = try Row.fetchOne(db, sql: "SELECT status, deadline_at FROM items WHERE id = ?", arguments: [id])!
                #expect(before == after, "item \(id)")
            }
        }
    }
}
