import DutyDeskCore
import Foundation
import GRDB

extension ModerationActions {
    public struct BlockRequest: Sendable, Equatable {
        public var pageID: String
        public var userID: Int64
        /// Nil: taken from the user's latest item on the page, if any.
        public var userName: String?
        public var reason: BlockReason
        public var term: BlockTerm
        public var comment: String?
        /// The item the block was made from, if any: its audit entry then shows in the item's
        /// history (`h`, `audit log --item`).
        public var itemID: Int64?

        public init(pageID: String, userID: Int64, userName: String? = nil, reason: BlockReason, term: BlockTerm,
                    comment: String? = nil, itemID: Int64? = nil) {
            self.pageID = pageID
            self.userID = userID
            self.userName = userName
            self.reason = reason
            self.term = term
            self.comment = comment
            self.itemID = itemID
        }
    }

    /// Blocks a user on a page (6.7), from now until the term's end. Refused when the user is
    /// blocked there already.
    @discardableResult
    public func block(_ request: BlockRequest) throws -> BlockRecord {
        try perform { db in try block(db, request) }
    }

    /// Lifts the user's block on the page now, with an optional note; undoes `block`. `itemID`:
    /// the item it was done from, if any, so the item's history shows it.
    @discardableResult
    public func unblock(pageID: String, userID: Int64, note: String?, itemID: Int64? = nil) throws -> BlockRecord {
        try perform { db in
            _ = try PageCalendars.load(db, pageID: pageID)   // an unknown page is named as such
            let username = try authorise(.unblock, page: pageID)
            let current = try BlockLedger.active(db, pageID: pageID, userID: userID, at: nowSeconds)
            try ModerationRules.checkUnblock(current: current?.state(at: nowSeconds))
            let note = note.flatMap(Self.nonEmpty)
            let ended = try BlockLedger.end(db, pageID: pageID, userID: userID, at: nowSeconds, by: username, note: note)
            for block in ended {
                try AuditLog.append(db, actor: username, action: "unblock", pageID: pageID, itemID: itemID, details: [
                    "block_id": String(block.id ?? 0), "user_id": String(userID), "note": note ?? "",
                ], at: nowSeconds)
            }
            // A block made in VK has no name of its own: the result names the reader anyway.
            return try BlockUserNames.named(db, ended[0])
        }
    }

    /// The block itself, inside a transaction the caller holds (deleting a comment may block
    /// its author in the same transaction).
    func block(_ db: Database, _ request: BlockRequest) throws -> BlockRecord {
        let calendar = try PageCalendars.load(db, pageID: request.pageID)
        let username = try authorise(.block, page: request.pageID)
        let zone = calendar.timeline.timeZone
        let current = try BlockLedger.active(db, pageID: request.pageID, userID: request.userID, at: nowSeconds)
        try ModerationRules.checkBlock(current: current?.state(at: nowSeconds), at: now, timeZone: zone)
        let start = Date(timeIntervalSince1970: TimeInterval(nowSeconds))
        let end = try request.term.end(from: start, timeZone: zone)
        let untilAt = end.map { Int64($0.timeIntervalSince1970.rounded(.up)) }
        let userName = try request.userName.flatMap(Self.nonEmpty)
            ?? BlockUserNames.name(db, pageID: request.pageID, userID: request.userID)
        let comment = request.comment.flatMap(Self.nonEmpty)
        let block = try BlockLedger.insert(db, .init(
            pageID: request.pageID, userID: request.userID, userName: userName, reason: request.reason,
            comment: comment, fromAt: nowSeconds, untilAt: untilAt, blockedBy: username, source: .dutydesk))
        try AuditLog.append(db, actor: username, action: "block", pageID: request.pageID,
                            itemID: request.itemID, details: [
            "block_id": String(block.id ?? 0), "user_id": String(request.userID), "user_name": userName ?? "",
            "reason": request.reason.rawValue, "term": request.term.label.en,
            "until": end.map(LocalTimeText.utc) ?? "permanent", "comment": comment ?? "",
        ], at: nowSeconds)
        return block
    }

    static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
