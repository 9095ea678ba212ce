import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Foundation

/// The demo organisation in a real SQLite file behind a `DatabaseBackend`, at a fixed clock:
/// Monday 2026-11-09 15:00 in Moscow. `gromov` administers cbs-vk and crb-tg; `demo`
/// administers okhta-vk; `orlova` is the curator.
final class ModerationDatabaseScene: @unchecked Sendable {
    static let now = ISO8601DateFormatter().date(from: "2026-11-09T12:00:00Z")!

    let folder: URL
    let database: DutyDeskDatabase

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-tui-moderation-\(UUID().uuidString)")
        database = try DutyDeskDatabase.open(path: folder.appendingPathComponent("dutydesk.sqlite").path)
        _ = try DemoSeeder.seed(database, now: Self.now, actor: "tester")
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A runtime for `username`, loaded as at start-up, everything inline.
    func runtime(as username: String) throws -> AppRuntime {
        let staff = try database.reader.read { try OperatorDirectory.find($0, username: username) }
        let session = Session(username: username, staff: staff, language: .ru, clockIsFixed: true,
                              localClock: LocalClock(timeZone: TimeZone(identifier: "Europe/Moscow")!))
        let state = AppState(size: ScreenSize(width: 100, height: 30), session: session, now: Self.now)
        let backend = try DatabaseBackend(database: database, staff: staff, watchChanges: false)
        let runtime = AppRuntime.inline(state: state, backend: backend, allowsWrites: true)
        runtime.start()
        return runtime
    }



    /// Selects the item by this reader with the `/` search.
    func select(_ runtime: AppRuntime, author: String) throws {
        try press(runtime, "/")
        type(runtime, author)
        try press(runtime, "Enter")
    }

    func blocks(includePast: Bool = true) throws -> [BlockEntry] {
        try database.reader.read {
            try BlockQuery.entries($0, now: Self.now, filter: BlockQuery.Filter(includePast: includePast))
        }
    }

    func inbox() throws -> [InboxEntry] {
        try database.reader.read { try InboxQuery.entries($0, now: Self.now) }
    }
}
