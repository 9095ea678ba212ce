import DutyDeskCore
import Foundation
import GRDB

/// Replies being written, one per item, kept in the database so that nothing typed is lost to
/// a closed terminal or a crash, and so that a colleague opening the item sees that someone is
/// already answering.
///
/// A draft belongs to whoever wrote it last. Saving over a colleague's draft is refused unless
/// the caller takes it over explicitly (the TUI asks first): their text would be lost otherwise.
public enum DraftStore {
    /// Saves (or replaces) the operator's draft of an item. An empty draft is deleted instead.
    @discardableResult
    public static func save(_ db: Database, itemID: Int64, text: String, templateIDs: [String] = [],
                            by who: Operator?, at now: Date, takingOver: Bool = false) throws -> DraftRecord? {
        let pageID = try page(db, itemID: itemID)
        try AccessPolicy.check(.reply, page: pageID, by: who)
        let username = who?.username ?? "unknown"
        if let existing = try DraftRecord.fetchOne(db, key: itemID), existing.username != username, !takingOver {
            throw DraftHeldByColleague(itemID: itemID, username: existing.username,
                                       updatedAt: Date(timeIntervalSince1970: TimeInterval(existing.updatedAt)))
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || !templateIDs.isEmpty else {
            try DraftRecord.deleteOne(db, key: itemID)
            return nil
        }
        let draft = DraftRecord(itemID: itemID, username: username, text: text, templateIDs: templateIDs,
                                updatedAt: Int64(now.timeIntervalSince1970.rounded(.down)))
        try draft.save(db)
        return draft
    }

    /// The item's draft, whoever wrote it; the caller compares `username` with its own.
    public static func load(_ db: Database, itemID: Int64) throws -> DraftRecord? {
        try DraftRecord.fetchOne(db, key: itemID)
    }

    /// Deletes the operator's own draft (the composer was emptied or cancelled on purpose).
    public static func delete(_ db: Database, itemID: Int64, by who: Operator?) throws {
        let pageID = try page(db, itemID: itemID)
        try AccessPolicy.check(.reply, page: pageID, by: who)
        try discard(db, itemID: itemID, ownedBy: who?.username ?? "unknown")
    }

    /// Removes a draft only if `username` wrote it: a reply sent by one administrator must not
    /// throw away what another is still typing.
    static func discard(_ db: Database, itemID: Int64, ownedBy username: String) throws {
        try DraftRecord.filter(DraftRecord.Columns.itemID == itemID && DraftRecord.Columns.username == username)
            .deleteAll(db)
    }

    private static func page(_ db: Database, itemID: Int64) throws -> String {
        guard let pageID = try String.fetchOne(db, sql: "SELECT page_id FROM items WHERE id = ?", arguments: [itemID]) else {
            throw ReplyRefusal.unknownItem(itemID)
        }
        return pageID
    }
}

/// Another administrator has a draft on this item.
public struct DraftHeldByColleague: OperatorFacingError, Equatable {
    public let itemID: Int64
    public let username: String
    public let updatedAt: Date

    public var message: Localized {
        Localized(ru: "Над ответом на обращение #\(itemID) уже работает \(username); чтобы продолжить вместо коллеги, подтвердите.",
                  en: "\(username) is already writing a reply to item #\(itemID); confirm to take the draft over.")
    }
}
