import GRDB
import Testing
@testable import DutyDeskStore

struct ConstraintTests {
    @Test func aPageIsUniquePerNetworkAndExternalID() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            try database.writer.write { db in try DatabaseLayerFixture.seedPage(db, id: "lib1-vk", externalID: 123456) }
            let error = #expect(throws: DatabaseError.self) {
                try database.writer.write { db in try DatabaseLayerFixture.seedPage(db, id: "copy", externalID: 123456) }
            }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT)
            // The same number on another network is another page.
            try database.writer.write { db throws in
                try PageRecord(id: "lib1-tg", network: .telegram, externalID: 123456, name: "TG", departmentID: "lib1")
                    .insert(db)
            }
        }
    }

    @Test func aMessageIsUniquePerPageAndPlatformKey() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let itemID = try database.writer.write { db throws in
                try DatabaseLayerFixture.seedPage(db)
                try DatabaseLayerFixture.seedPage(db, id: "lib2-vk", externalID: 654321)
                var item = ItemRecord(pageID: "lib1-vk", kind: .message, threadKey: "555001", authorID: 555001,
                                      lastMessageAt: 100, createdAt: 100)
                try item.insert(db)
                return item.id!
            }
            func message(page: String, key: String) -> MessageRecord {
                MessageRecord(itemID: itemID, pageID: page, direction: .incoming, platformKey: key,
                              authorID: 555001, text: "Здравствуйте!", sentAt: 100)
            }
            try database.writer.write { db throws in
                var first = message(page: "lib1-vk", key: "555001:321")
                try first.insert(db)
            }
            let error = #expect(throws: DatabaseError.self) {
                try database.writer.write { db throws in
                    var again = message(page: "lib1-vk", key: "555001:321")
                    try again.insert(db)
                }
            }
            #expect(error?.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE)
            try database.writer.write { db throws in
                var otherPage = message(page: "lib2-vk", key: "555001:321")
                try otherPage.insert(db)
            }
        }
    }

    @Test func anItemIsUniquePerPageKindAndThread() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            try database.writer.write { db throws in
                try DatabaseLayerFixture.seedPage(db)
                var conversation = ItemRecord(pageID: "lib1-vk", kind: .message, threadKey: "42", authorID: 42,
                                              lastMessageAt: 1, createdAt: 1)
                try conversation.insert(db)
                // A comment thread may have the same key text as a conversation.
                var thread = ItemRecord(pageID: "lib1-vk", kind: .comment, threadKey: "42", authorID: 42,
                                        lastMessageAt: 1, createdAt: 1)
                try thread.insert(db)
            }
            #expect(throws: DatabaseError.self) {
                try database.writer.write { db throws in
                    var duplicate = ItemRecord(pageID: "lib1-vk", kind: .message, threadKey: "42", authorID: 42,
                                               lastMessageAt: 2, createdAt: 2)
                    try duplicate.insert(db)
                }
            }
        }
    }

    @Test func anEventIsStoredOncePerNetworkAndKey() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            func event() -> EventRecord {
                EventRecord(network: .vk, eventKey: "2f0c9b1e5d7a4c8e9f10", type: "message_new", receivedAt: 1, rawJSON: "{}")
            }
            try database.writer.write { db throws in
                var first = event()
                try first.insert(db)
                var repeated = event()
                // Ingest relies on this to skip an event delivered twice.
                try repeated.insert(db, onConflict: .ignore)
                #expect(try EventRecord.fetchCount(db) == 1)
            }
        }
    }

    @Test func strictTablesRefuseAValueOfTheWrongType() throws {
        _ = try DatabaseLayerFixture.withDatabase { database throws in
            #expect(throws: DatabaseError.self) {
                try database.writer.write { db throws in
                    try db.execute(sql: """
                        INSERT INTO audit_log (at, actor, action) VALUES ('2026-11-09 12:00:00', 'x', 'y')
                        """)
                }
            }
        }
    }
}
