import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

struct ConnectionTests {
    @Test func usesWriteAheadLogging() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            #expect(try database.writer.write { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
            #expect(try database.reader.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        }
    }

    @Test func waitsTenSecondsForAnotherWriter() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            #expect(try database.writer.write { db in try Int.fetchOne(db, sql: "PRAGMA busy_timeout") } == 10_000)
            #expect(try database.reader.read { db in try Int.fetchOne(db, sql: "PRAGMA busy_timeout") } == 10_000)
        }
    }

    @Test func enforcesForeignKeys() throws {
        try DatabaseLayerFixture.withDatabase { database throws in
            #expect(try database.writer.write { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") } == true)
            #expect(throws: DatabaseError.self) {
                try database.writer.write { db throws in
                    var item = ItemRecord(pageID: "no-such-page", kind: .message, threadKey: "1", authorID: 1,
                                          lastMessageAt: 0, createdAt: 0)
                    try item.insert(db)
                }
            }
        }
    }

    @Test func createsMissingFoldersPrivately() throws {
        let fixture = DatabaseLayerFixture()
        defer { fixture.remove() }
        let path = fixture.folder.appendingPathComponent("a/b/dutydesk.sqlite").path
        _ = try DutyDeskDatabase.open(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try DatabaseLayerFixture.mode(ofPath: fixture.folder.appendingPathComponent("a/b").path) == 0o700)
    }

    @Test func aNewFileIsReadableByItsOwnerOnly() throws {
        let fixture = DatabaseLayerFixture()
        defer { fixture.remove() }
        let database = try DutyDeskDatabase.open(path: fixture.databasePath)
        try database.writer.write { db in try Meta.setValue(db, "x", forKey: "k") }
        #expect(try DatabaseLayerFixture.mode(ofPath: fixture.databasePath) == 0o600)
        // SQLite gives the write-ahead log the database file's mode.
        #expect(try DatabaseLayerFixture.mode(ofPath: fixture.databasePath + "-wal") == 0o600)
    }

    @Test(arguments: [0o2700, 0o770])
    func aNewFileInAGroupSharedFolderIsGroupWritable(folderMode: Int) throws {
        let fixture = DatabaseLayerFixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(at: fixture.folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: folderMode], ofItemAtPath: fixture.folder.path)
        _ = try DutyDeskDatabase.open(path: fixture.databasePath)
        #expect(try DatabaseLayerFixture.mode(ofPath: fixture.databasePath) == 0o660)
    }

    @Test func anExistingFileKeepsItsMode() throws {
        let fixture = DatabaseLayerFixture()
        defer { fixture.remove() }
        _ = try DutyDeskDatabase.open(path: fixture.databasePath)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: fixture.databasePath)
        _ = try DutyDeskDatabase.open(path: fixture.databasePath)
        #expect(try DatabaseLayerFixture.mode(ofPath: fixture.databasePath) == 0o640)
    }

    @Test func twoConnectionsSeeEachOthersWrites() throws {
        let fixture = DatabaseLayerFixture()
        defer { fixture.remove() }
        let first = try DutyDeskDatabase.open(path: fixture.databasePath)
        let second = try DutyDeskDatabase.open(path: fixture.databasePath)
        try first.writer.write { db in try Meta.setValue(db, "from the first", forKey: "note") }
        #expect(try second.reader.read { db in try Meta.value(db, forKey: "note") } == "from the first")
    }
}
