import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// The audit log refuses changes in the database file itself, whatever program opens it, and
/// `AuditLogQuery` reads the part a user may see.
@Suite struct AuditLogFileTests {
    let fixture: ReportFixture

    init() throws {
        fixture = try ReportFixture()
        try fixture.database.writer.write { db in
            try AuditLog.append(db, actor: "ivanova", action: "reply", pageID: "p1", itemID: 1, at: 100)
            try AuditLog.append(db, actor: "petrov", action: "block", pageID: "p2", itemID: 2, details: ["reason": "spam"], at: 200)
            try AuditLog.append(db, actor: "orlova", action: "audit.sample", details: ["seed": "42"], at: 300)
            try AuditLog.append(db, actor: "ivanova", action: "classify", pageID: "p1", itemID: 1, at: 400)
        }
    }

    @Test(arguments: [
        "UPDATE audit_log SET actor = 'nobody' WHERE id = 1",
        "DELETE FROM audit_log WHERE id = 2",
        "DELETE FROM audit_log",
        "REPLACE INTO audit_log (id, at, actor, action) VALUES (3, 0, 'x', 'rewrite')",
    ])
    func anotherProgramCannotRewriteIt(sql: String) throws {
        // A plain SQLite connection to the same file, as any other tool would open it.
        let other = try DatabaseQueue(path: fixture.database.path)
        let error = #expect(throws: DatabaseError.self) { try other.write { try $0.execute(sql: sql) } }
        #expect(error?.message?.contains("append-only") == true)
        let entries = try fixture.database.reader.read { try AuditLogQuery.entries($0, AuditLogFilter()) }
        #expect(entries.map(\.actor) == ["ivanova", "petrov", "orlova", "ivanova"])
    }

    @Test func filters() throws {
        try fixture.database.reader.read { db throws in
            #expect(try AuditLogQuery.entries(db, AuditLogFilter(pageIDs: ["p1"])).map(\.action) == ["reply", "classify"])
            #expect(try AuditLogQuery.entries(db, AuditLogFilter(pageIDs: ["p1", "p2"])).count == 3)
            #expect(try AuditLogQuery.entries(db, AuditLogFilter(since: 200, until: 400)).map(\.action) == ["block", "audit.sample"])
            #expect(try AuditLogQuery.entries(db, AuditLogFilter(actor: "ivanova", itemID: 1)).count == 2)
            // The newest two, still oldest first.
            #expect(try AuditLogQuery.entries(db, AuditLogFilter(limit: 2)).map(\.action) == ["audit.sample", "classify"])
        }
    }
}
