import DutyDeskCore
import Foundation
import GRDB

/// The item a moderation action is about, loaded with what the rules and the audit need.
struct ModerationTarget {
    let record: ItemRecord
    let calendar: PageCalendar

    var id: Int64 { record.id ?? 0 }
    var pageID: String { record.pageID }
    var timeZone: TimeZone { calendar.timeline.timeZone }

    var moderated: ModeratedItem {
        ModeratedItem(
            id: id, pageID: record.pageID, kind: record.kind, status: record.status,
            isCritical: record.isCritical, isComplaint: record.isComplaint, category: record.category,
            escalatedAt: record.escalatedAt.map { Date(timeIntervalSince1970: TimeInterval($0)) })
    }

    static func load(_ db: Database, itemID: Int64) throws -> ModerationTarget {
        guard let record = try ItemRecord.fetchOne(db, key: itemID) else { throw ItemNotFound(itemID: itemID) }
        return ModerationTarget(record: record, calendar: try PageCalendars.load(db, pageID: record.pageID))
    }

    /// The item's messages as the delete rule sees them, oldest first.
    func messages(_ db: Database) throws -> [ModeratedMessage] {
        try MessageRecord
            .filter(MessageRecord.Columns.itemID == id)
            .order(MessageRecord.Columns.sentAt, MessageRecord.Columns.id)
            .fetchAll(db)
            .map { message in
                ModeratedMessage(id: message.id ?? 0, direction: message.direction,
                                 deletedAt: message.deletedAt.map { Date(timeIntervalSince1970: TimeInterval($0)) })
            }
    }
}
