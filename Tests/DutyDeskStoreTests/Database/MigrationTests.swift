import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

struct MigrationTests {
    @Test func createsEveryTable() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let tables = try database.reader.read { db throws in
                try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
            }
            for table in DutyDeskSchema.tableNames {
                #expect(tables.contains(table), "missing table \(table)")
            }
        }
    }

    @Test func createsTheAppendOnlyTriggers() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let triggers = try database.reader.read { db throws in
                try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            }
            #expect(triggers.isSuperset(of: ["audit_log_no_update", "audit_log_no_delete", "audit_log_no_replace"]))
        }
    }

    @Test func everyTableIsStrict() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            let strict = try database.reader.read { db throws in
                try Set(String.fetchAll(db, sql: "SELECT name FROM pragma_table_list WHERE strict = 1"))
            }
            #expect(Set(DutyDeskSchema.tableNames).isSubset(of: strict))
        }
    }

    @Test func reopeningKeepsDataAndRunsNoMigrationTwice() throws {
        let fixture = DatabaseLayerFixture()
        defer { fixture.remove() }
        do {
            let database = try DutyDeskDatabase.open(path: fixture.databasePath)
            try database.writer.write { db in try Meta.setValue(db, "1", forKey: "demo") }
        }
        let reopened = try DutyDeskDatabase.open(path: fixture.databasePath)
        let again = try DutyDeskDatabase.open(path: fixture.databasePath)
        try reopened.reader.read { db throws in
            #expect(try DutyDeskSchema.migrator.appliedMigrations(db) == DutyDeskSchema.migrator.migrations)
            #expect(try DutyDeskSchema.migrator.hasCompletedMigrations(db))
            #expect(try Meta.value(db, forKey: "demo") == "1")
        }
        #expect(try again.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations") }
                == DutyDeskSchema.migrator.migrations.count)
    }

    @Test func processesOpeningANewFileTogetherAllSucceed() throws {
        let fixture = DatabaseLayerFixture()
        defer { fixture.remove() }
        let path = fixture.databasePath
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            do {
                _ = try DutyDeskDatabase.open(path: path)
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty)
        let database = try DutyDeskDatabase.open(path: path)
        #expect(try database.reader.read(DutyDeskSchema.migrator.appliedMigrations) == DutyDeskSchema.migrator.migrations)
    }

    @Test func refusesADatabaseFromANewerProgram() throws {
        let fixture = DatabaseLayerFixture()
        defer { fixture.remove() }
        let database = try DutyDeskDatabase.open(path: fixture.databasePath)
        try database.writer.write { db throws in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        #expect(throws: DatabaseOpenError.newerSchema(path: fixture.databasePath)) {
            try DutyDeskDatabase.open(path: fixture.databasePath)
        }
    }
}

/// Errors collected from concurrent work.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []

    func add(_ error: String) { lock.withLock { errors.append(error) } }
    var all: [String] { lock.withLock { errors } }
}
