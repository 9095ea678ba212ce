import DutyDeskCore
import Foundation
import GRDB

/// One message of an item's conversation or comment thread, as the detail view shows it.
public struct InboxThreadMessage: Sendable, Equatable {
    public let id: Int64
    public let direction: MessageDirection
    /// The reader's name, or for a reply the name recorded with it.
    public let authorName: String
    /// Untrusted text as sent (sanitise before display).
    public let text: String
    public let sentAt: Int64
    public let editedAt: Int64?
    public let deletedAt: Int64?
    public let deleteReason: String?
    /// For a reply made through dutydesk: the staff member who wrote it.
    public let answeredBy: String?

    public init(id: Int64, direction: MessageDirection, authorName: String, text: String, sentAt: Int64,
                editedAt: Int64? = nil, deletedAt: Int64? = nil, deleteReason: String? = nil,
                answeredBy: String? = nil) {
        self.id = id
        self.direction = direction
        self.authorName = authorName
        self.text = text
        self.sentAt = sentAt
        self.editedAt = editedAt
        self.deletedAt = deletedAt
        self.deleteReason = deleteReason
        self.answeredBy = answeredBy
    }
}

/// Who has read an item and when.
public struct InboxReader: Sendable, Equatable {
    public let username: String
    public let name: String?
    public let readAt: Int64

    public init(username: String, name: String?, readAt: Int64) {
        self.username = username
        self.name = name
        self.readAt = readAt
    }
}

/// An item with its whole thread, oldest message first.
public struct InboxThread: Sendable, Equatable {
    public let itemID: Int64
    public let pageID: String
    public let pageName: String
    public let kind: ItemKind
    public let status: ItemStatus
    public let author: String
    /// Unix seconds; nil when nothing waits for a reply.
    public let deadlineAt: Int64?
    public let category: String?
    public let closedReason: String?
    public let readers: [InboxReader]
    public let messages: [InboxThreadMessage]

    public init(itemID: Int64, pageID: String, pageName: String, kind: ItemKind, status: ItemStatus,
                author: String, deadlineAt: Int64?, category: String?, closedReason: String?, readers: [InboxReader],
                messages: [InboxThreadMessage]) {
        self.itemID = itemID
        self.pageID = pageID
        self.pageName = pageName
        self.kind = kind
        self.status = status
        self.author = author
        self.deadlineAt = deadlineAt
        self.category = category
        self.closedReason = closedReason
        self.readers = readers
        self.messages = messages
    }
}

public enum ThreadQuery {
    /// The item and its messages, oldest first; nil when there is no such item.
    public static func thread(_ db: Database, itemID: Int64) throws -> InboxThread? {
        guard let item = try Row.fetchOne(db, sql: """
            SELECT i.page_id, p.name AS page_name, i.kind, i.status, i.author_name, i.deadline_at, i.category, i.closed_reason
            FROM items i JOIN pages p ON p.id = i.page_id WHERE i.id = ?
            """, arguments: [itemID]) else { return nil }
        let readers = try Row.fetchAll(db, sql: """
            SELECT r.username, s.name, r.read_at FROM item_reads r LEFT JOIN staff s ON s.username = r.username
            WHERE r.item_id = ? ORDER BY r.read_at, r.username
            """, arguments: [itemID]).map { InboxReader(username: $0[0], name: $0[1], readAt: $0[2]) }
        return InboxThread(
            itemID: itemID, pageID: item["page_id"], pageName: item["page_name"],
            kind: ItemKind(rawValue: item["kind"]) ?? .message, status: ItemStatus(rawValue: item["status"]) ?? .open,
            author: item["author_name"], deadlineAt: item["deadline_at"], category: item["category"], closedReason: item["closed_reason"],
            readers: readers, messages: try messages(db, itemID: itemID))
    }

    /// The messages of an item, oldest first.
    public static func messages(_ db: Database, itemID: Int64) throws -> [InboxThreadMessage] {
        try Row.fetchAll(db, sql: """
            SELECT m.id, m.direction, m.author_name, m.text, m.sent_at, m.edited_at, m.deleted_at,
                   m.delete_reason, COALESCE(s.name, o.created_by)
            FROM messages m
            LEFT JOIN outbox o ON o.id = m.outbox_id
            LEFT JOIN staff s ON s.username = o.created_by
            WHERE m.item_id = ?
            ORDER BY m.sent_at, m.id
            """, arguments: [itemID]).map { row in
            InboxThreadMessage(id: row[0], direction: MessageDirection(rawValue: row[1]) ?? .incoming,
                          authorName: row[2], text: row[3], sentAt: row[4], editedAt: row[5], deletedAt: row[6],
                          deleteReason: row[7], answeredBy: row[8])
        }
    }
}
