import GRDB
import Testing
@testable import DutyDeskStore

struct AuditLogTests {
    @Test func appendsAndReadsBack() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let entry = try database.writer.write { db throws in
                try AuditLog.append(db, actor: "ivanova", action: "block", pageID: "lib1-vk", itemID: 7,
                                    details: ["reason": "spam", "комментарий": "реклама"], at: 1_762_696_800)
            }
            #expect(entry.id != nil)
            let all = try database.reader.read { db in try AuditLog.fetch(db) }
            #expect(all == [entry])
            #expect(all.first?.details["комментарий"] == "реклама")
        }
    }

    @Test(arguments: [
        "UPDATE audit_log SET actor = 'someone else'",
        "DELETE FROM audit_log",
        "INSERT OR REPLACE INTO audit_log (id, at, actor, action) VALUES (1, 0, 'x', 'rewrite')",
        "INSERT INTO audit_log (id, at, actor, action) VALUES (1, 0, 'x', 'y') ON CONFLICT(id) DO UPDATE SET actor = 'x'",
    ])
    func refusesToRewriteHistory(sql: String) throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            _ = try database.writer.write { db throws in
                try AuditLog.append(db, actor: "ivanova", action: "reply", at: 100)
            }
            let error = #expect(throws: DatabaseError.self) {
                try database.writer.write { db in try db.execute(sql: sql) }
            }
            #expect(error?.message?.contains("append-only") == true)
            let remaining = try database.reader.read { db in try AuditLog.fetch(db) }
            #expect(remaining.map(\.actor) == ["ivanova"])
        }
    }

    @Test func theRecordCannotUpdateOrDeleteEither() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            var entry = try database.writer.write { db throws in
                try AuditLog.append(db, actor: "ivanova", action: "reply", at: 100)
            }
            entry.actor = "petrov"
            #expect(throws: DatabaseError.self) { try database.writer.write { db in try entry.update(db) } }
            #expect(throws: DatabaseError.self) { try database.writer.write { db in _ = try entry.delete(db) } }
        }
    }

    @Test func filtersBySinceActorPageAndItem() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            try database.writer.write { db throws in
                try AuditLog.append(db, actor: "ivanova", action: "read", pageID: "p1", itemID: 1, at: 100)
                try AuditLog.append(db, actor: "petrov", action: "reply", pageID: "p1", itemID: 1, at: 200)
                try AuditLog.append(db, actor: "ivanova", action: "block", pageID: "p2", itemID: 2, at: 300)
                try AuditLog.append(db, actor: "ivanova", action: "shift.swap", at: 300)
            }
            try database.reader.read { db throws in
                #expect(try AuditLog.fetch(db, since: 200).map(\.action) == ["reply", "block", "shift.swap"])
                #expect(try AuditLog.fetch(db, actor: "ivanova").map(\.action) == ["read", "block", "shift.swap"])
                #expect(try AuditLog.fetch(db, itemID: 1).map(\.action) == ["read", "reply"])
                #expect(try AuditLog.fetch(db, pageID: "p2").map(\.action) == ["block"])
                #expect(try AuditLog.fetch(db, since: 150, actor: "ivanova", itemID: 2).map(\.action) == ["block"])
                #expect(try AuditLog.fetch(db, newestFirst: true, limit: 2).map(\.action) == ["shift.swap", "block"])
            }
        }
    }

    @Test func anEntryWithOddDetailsStillReads() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            try database.writer.write { db throws in
                try db.execute(sql: """
                    INSERT INTO audit_log (at, actor, action, details) VALUES (1, 'script', 'x', '{"count": 3, "ok": "yes"}');
                    INSERT INTO audit_log (at, actor, action, details) VALUES (2, 'script', 'y', 'not json');
                    """)
            }
            let entries = try database.reader.read { db in try AuditLog.fetch(db) }
            #expect(entries.map(\.details) == [["count": "3", "ok": "yes"], ["raw": "not json"]])
        }
    }
}
