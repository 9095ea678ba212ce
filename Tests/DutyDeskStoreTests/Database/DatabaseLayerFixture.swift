import Foundation
import GRDB
@testable import DutyDeskStore

/// A temporary folder for one test's database file; removed when the test is done.
struct DatabaseLayerFixture {
    let folder: URL

    init() {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("dutydesk-db-\(UUID().uuidString)", isDirectory: true)
    }

    var databasePath: String { folder.appendingPathComponent("dutydesk.sqlite").path }

    /// Runs `body` with a freshly opened database, then deletes the folder.
    static func withDatabase<T>(_ body: (DutyDeskDatabase) throws -> T) throws -> T {
        let fixture = DatabaseLayerFixture()
        defer { fixture.remove() }
        return try body(try DutyDeskDatabase.open(path: fixture.databasePath))
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The minimum organisation an item needs: one department and one VK page.
    static func seedPage(_ db: Database, id: String = "lib1-vk", externalID: Int64 = 123456) throws {
        if try DepartmentRecord.exists(db, key: "lib1") == false {
            try DepartmentRecord(id: "lib1", name: "Библиотека № 1", calendarJSON: "{}", updatedAt: 0).insert(db)
        }
        try PageRecord(id: id, network: .vk, externalID: externalID, name: "Библиотека № 1 — ВКонтакте",
                       url: "https://vk.com/club\(externalID)", departmentID: "lib1").insert(db)
    }

    /// The permission bits of a file, as `ls -l` shows them (0o600 and so on).
    static func mode(ofPath path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as! NSNumber).intValue & 0o777
    }
}
