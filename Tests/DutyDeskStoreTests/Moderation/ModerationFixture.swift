import DutyDeskCore
import Foundation
import GRDB
@testable import DutyDeskStore

/// The demo organisation and inbox in a real database file, at a fixed clock: Tuesday
/// 2026-11-10 15:00 in Moscow, when every demo library but the children's one is open.
///
/// Staff used here: curator `orlova`; `demo` coordinator of cbs-vk and admin of okhta-vk;
/// `gromov` admin of cbs-vk and crb-tg; `fedorova` admin of okhta-vk and semya-vk.
final class ModerationFixture: @unchecked Sendable {
    static let clock = "2026-11-10T12:00:00Z"

    let folder: URL
    let database: DutyDeskDatabase
    let now: Date

    init(clock: String = ModerationFixture.clock) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-moderation-\(UUID().uuidString)")
        database = try DutyDeskDatabase.open(path: folder.appendingPathComponent("dutydesk.sqlite").path)
        now = ISO8601DateFormatter().date(from: clock)!
        _ = try DemoSeeder.seed(database, now: now, actor: "tester")
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    var nowSeconds: Int64 { Int64(now.timeIntervalSince1970) }

    func staff(_ username: String) throws -> Operator? {
        try database.reader.read { try OperatorDirectory.find($0, username: username) }
    }

    func actions(as username: String?, at instant: Date? = nil) throws -> ModerationActions {
        ModerationActions(database: database, actor: try username.flatMap(staff), now: instant ?? now)
    }

    /// The demo item written by the reader with this name.
    func itemID(by author: String) throws -> Int64 {
        try database.reader.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM items WHERE author_name = ?", arguments: [author])!
        }
    }

    func item(_ id: Int64) throws -> ItemRecord {
        try database.reader.read { try ItemRecord.fetchOne($0, key: id)! }
    }

    func messages(of itemID: Int64) throws -> [MessageRecord] {
        try database.reader.read { db in
            try MessageRecord.filter(MessageRecord.Columns.itemID == itemID).order(MessageRecord.Columns.id).fetchAll(db)
        }
    }

    func blocks(page: String, user: Int64) throws -> [BlockRecord] {
        try database.reader.read { db in
            try BlockRecord.filter(BlockRecord.Columns.pageID == page && BlockRecord.Columns.userID == user)
                .order(BlockRecord.Columns.id).fetchAll(db)
        }
    }

    /// Audit entries appended after the demo was seeded.
    func audit() throws -> [AuditEntry] {
        try database.reader.read { try AuditLog.fetch($0) }.filter { $0.actor != "tester" }
    }

    func openInbox(at instant: Date? = nil) throws -> [InboxEntry] {
        try database.reader.read { try InboxQuery.entries($0, now: instant ?? now) }
    }

    /// Adds a reader's comment to a comment item, as ingest would.
    func addComment(to itemID: Int64, key: String, text: String, at seconds: Int64) throws {
        try database.writer.write { db in
            let item = try ItemRecord.fetchOne(db, key: itemID)!
            try ItemWriter.add(db, .init(itemID: itemID, pageID: item.pageID, direction: .incoming, platformKey: key,
                                         authorID: item.authorID, authorName: item.authorName, text: text,
                                         sentAt: seconds, rawJSON: "{}"))
            try ItemClock.refresh(db, itemID: itemID, calendar: try PageCalendars.load(db, pageID: item.pageID))
        }
    }
}
