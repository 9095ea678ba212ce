import DutyDeskCore
import Foundation
import GRDB
@testable import DutyDeskStore

/// A demo database on a real file, the shipped templates, and the demo's staff: `demo`
/// (coordinator of cbs-vk, admin of okhta-vk) and `zaitseva` (raduga-vk only).
struct ReplyFixture {
    static let clock = ISO8601DateFormatter().date(from: "2026-12-01T11:30:00Z")!   // Tuesday 14:30 in Moscow

    let path: String
    let database: DutyDeskDatabase
    let now = ReplyFixture.clock
    let demo: Operator
    let outsider: Operator

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("replies-\(UUID().uuidString).sqlite").path
        database = try DutyDeskDatabase.open(path: path)
        _ = try DemoSeeder.seed(database, now: now, actor: "tester")
        (demo, outsider) = try database.reader.read { db in
            (try OperatorDirectory.find(db, username: "demo")!, try OperatorDirectory.find(db, username: "zaitseva")!)
        }
    }

    func actions(_ who: Operator? = nil, at time: Date? = nil) -> ReplyActions {
        ReplyActions(database: database, actor: who ?? demo, now: time ?? now, catalog: ShippedTemplates.catalog)
    }

    func outbox(_ who: Operator? = nil) -> OutboxActions {
        OutboxActions(database: database, actor: who ?? demo, now: now.addingTimeInterval(600))
    }

    /// An open item of the given kind on cbs-vk, where `demo` may reply.
    func openItem(_ kind: ItemKind, page: String = "cbs-vk") throws -> InboxEntry {
        try database.reader.read { db in
            try InboxQuery.entries(db, now: now, filter: .init(pageIDs: [page], statuses: [.open]))
                .first { $0.kind == kind.rawValue }!
        }
    }

    func item(_ id: Int64) throws -> ItemRecord {
        try database.reader.read { try ItemRecord.fetchOne($0, key: id)! }
    }
}
