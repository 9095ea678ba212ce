import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

struct RecordRoundTripTests {
    @Test func anItemReadsBackAsWritten() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let written = try database.writer.write { db throws in
                try DatabaseLayerFixture.seedPage(db)
                var item = ItemRecord(
                    pageID: "lib1-vk", kind: .comment, threadKey: "42:789", authorID: 555002,
                    authorName: "Пётр Читателев", postID: 42, status: .open, category: .criticalRemark,
                    isCritical: true, isComplaint: false, escalatedAt: 1_762_700_500, escalatedBy: "ivanova",
                    clockStartedAt: 1_762_700_400, deadlineAt: 1_762_736_400, hasDeadline: true,
                    lastIncomingAt: 1_762_700_400, lastOutgoingAt: nil, lastMessageAt: 1_762_700_400,
                    preview: "Почему не работает запись на мероприятие?", messageCount: 1,
                    createdAt: 1_762_700_400)
                try item.insert(db)
                return item
            }
            let read = try database.reader.read { db in try ItemRecord.fetchOne(db, key: written.id) }
            #expect(read == written)
            // Coded columns hold the codes that raw SQL elsewhere in the Store relies on.
            let raw = try database.reader.read { db throws in
                try Row.fetchOne(db, sql: "SELECT kind, status, category, is_critical, deadline_at FROM items")
            }
            #expect(raw?["kind"] == "comment")
            #expect(raw?["status"] == "open")
            #expect(raw?["category"] == "critical_remark")
            #expect(raw?["is_critical"] == 1)
            #expect(raw?["deadline_at"] == 1_762_736_400)
        }
    }

    @Test func aMessageReadsBackAsWritten() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let text = "Здравствуйте!\nМожно продлить книгу? 📚 \u{1B}[31m"
            let written = try database.writer.write { db throws in
                try DatabaseLayerFixture.seedPage(db)
                var item = ItemRecord(pageID: "lib1-vk", kind: .message, threadKey: "555001", authorID: 555001,
                                      lastMessageAt: 1_762_696_800, createdAt: 1_762_696_800)
                try item.insert(db)
                var message = MessageRecord(
                    itemID: item.id!, pageID: "lib1-vk", direction: .incoming, platformKey: "555001:321",
                    authorID: 555001, authorName: "Анна", text: text, sentAt: 1_762_696_800,
                    replyToKey: nil, rawJSON: #"{"id":4567}"#)
                try message.insert(db)
                return message
            }
            let read = try database.reader.read { db throws in
                try MessageRecord.filter { $0.platformKey == "555001:321" }.fetchOne(db)
            }
            #expect(read == written)
            #expect(read?.text == text)
            #expect(try database.reader.read { db in try String.fetchOne(db, sql: "SELECT direction FROM messages") } == "in")
        }
    }

    @Test func anOutboxEntryKeepsItsTemplatesAsAJSONArray() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let written = try database.writer.write { db throws in
                try DatabaseLayerFixture.seedPage(db)
                var item = ItemRecord(pageID: "lib1-vk", kind: .message, threadKey: "1", authorID: 1,
                                      lastMessageAt: 1, createdAt: 1)
                try item.insert(db)
                var entry = OutboxRecord(itemID: item.id!, text: "Добрый день!", templateIDs: ["renewal", "greeting"],
                                         edited: true, category: .renewal, randomID: 987_654_321,
                                         createdBy: "ivanova", createdAt: 2)
                try entry.insert(db)
                return entry
            }
            try database.reader.read { db throws in
                #expect(try OutboxRecord.fetchOne(db, key: written.id) == written)
                #expect(try String.fetchOne(db, sql: "SELECT template_ids FROM outbox") == #"["renewal","greeting"]"#)
                #expect(try OutboxRecord.filter { $0.status == OutboxStatus.pending }.fetchCount(db) == 1)
            }
        }
    }

    @Test func aQuarantinedLineKeepsItsExactBytes() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let bytes = Data([0x7B, 0xFF, 0xFE, 0x00, 0x7D])   // not UTF-8, with a NUL
            try database.writer.write { db throws in
                var line = QuarantineRecord(source: "-", lineNumber: 3, reason: "invalid JSON", raw: bytes, receivedAt: 5)
                try line.insert(db)
            }
            #expect(try database.reader.read { db in try QuarantineRecord.fetchOne(db) }?.raw == bytes)
        }
    }

    @Test func organisationRecordsRoundTrip() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            try database.writer.write { db throws in
                try DatabaseLayerFixture.seedPage(db)
                try StaffRecord(username: "ivanova", name: "Иванова Анна", email: "ivanova@example.org").insert(db)
                try StaffRoleRecord(username: "ivanova", pageID: "lib1-vk", role: .coordinator).insert(db)
                try StaffRoleRecord(username: "ivanova", pageID: StaffRoleRecord.everyPage, role: .curator).insert(db)
                var absence = AbsenceRecord(username: "ivanova", fromDate: "2026-12-01", toDate: "2026-12-14",
                                            reason: .sickLeave)
                try absence.insert(db)
                var shift = DutyShiftRecord(pageID: "lib1-vk", username: "ivanova", startsAt: 100, endsAt: 200,
                                            createdBy: "ivanova", createdAt: 50)
                try shift.insert(db)
            }
            try database.reader.read { db throws in
                #expect(try StaffRoleRecord.filter { $0.username == "ivanova" }.order(\.pageID).fetchAll(db).map(\.role)
                        == [.curator, .coordinator])
                #expect(try AbsenceRecord.fetchOne(db)?.reason == .sickLeave)
                #expect(try String.fetchOne(db, sql: "SELECT reason FROM absences") == "sick_leave")
                #expect(try DutyShiftRecord.fetchOne(db)?.endsAt == 200)
            }
        }
    }

    @Test func aBlockExpiresByItself() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let block = try database.writer.write { db throws in
                try DatabaseLayerFixture.seedPage(db)
                var block = BlockRecord(pageID: "lib1-vk", userID: 555003, reason: .advertising, fromAt: 100,
                                        untilAt: 200, blockedBy: "ivanova")
                try block.insert(db)
                return block
            }
            #expect(try database.reader.read { db in try BlockRecord.fetchOne(db, key: block.id) } == block)
            #expect(block.isActive(at: 150))
            #expect(!block.isActive(at: 200))
        }
    }
}
