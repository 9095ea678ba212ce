import DutyDeskCore
import Foundation
import GRDB
@testable import DutyDeskStore

/// A demo database on a real SQLite file at a fixed clock (Tuesday 2026-11-10, 12:30 in
/// Moscow), with the demo organisation's people as operators.
struct DutyStoreFixture {
    static let clock = ISO8601DateFormatter().date(from: "2026-11-10T09:30:00Z")!

    let folder: DatabaseLayerFixture
    let database: DutyDeskDatabase
    let now = DutyStoreFixture.clock

    init() throws {
        folder = DatabaseLayerFixture()
        database = try DutyDeskDatabase.open(path: folder.databasePath)
        _ = try DemoSeeder.seed(database, now: now, actor: "tester")
    }

    func remove() { folder.remove() }

    func person(_ username: String) throws -> Operator? {
        try database.reader.read { try OperatorDirectory.find($0, username: username) }
    }

    func actions(as username: String) throws -> DutyActions {
        DutyActions(database: database, actor: try person(username), now: now)
    }

    func timeline(_ pageID: String) throws -> OpenTimeline {
        try database.reader.read { try PageCalendars.load($0, pageID: pageID).timeline }
    }

    /// "2026-11-10 15:00" in Moscow (every demo department's zone).
    func local(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Moscow")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    func shifts(page: String? = nil, username: String? = nil) throws -> [Shift] {
        try database.reader.read { try DutyQuery.shifts($0, pageID: page, username: username) }
    }

    /// The demo shift of a page that starts at a local time.
    func shift(_ page: String, at text: String) throws -> Shift {
        let start = local(text)
        guard let shift = try shifts(page: page).first(where: { $0.start == start }) else {
            throw DutyStoreFixtureError(description: "no \(page) shift at \(text)")
        }
        return shift
    }

    func count(_ table: String) throws -> Int {
        try database.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    static func with<T>(_ body: (DutyStoreFixture) throws -> T) throws -> T {
        let fixture = try DutyStoreFixture()
        defer { fixture.remove() }
        return try body(fixture)
    }
}

struct DutyStoreFixtureError: Error, CustomStringConvertible {
    let description: String
}
