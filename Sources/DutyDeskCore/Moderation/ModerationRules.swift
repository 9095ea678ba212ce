import Foundation

/// The regulation's moderation rules as pure checks. The Store calls them inside the write
/// transaction, the TUI before it offers a key, the CLI through the Store: all refuse alike.
///
/// Each check throws a `ModerationRefusal` quoting its clause, or returns quietly.
public enum ModerationRules {
    /// Deleting a reader's comment (3.5): only a comment, only a reader's, only once, only with
    /// one of the five reason codes, and never a critical remark or a complaint (3.6).
    public static func checkDelete(_ item: ModeratedItem, message: ModeratedMessage, reason: BlockReason?)
        throws(ModerationRefusal) {
        if let protected = item.protection { throw ModerationRefusal(.protectedFromDeletion(protected)) }
        guard item.kind == .comment else { throw ModerationRefusal(.onlyCommentsCanBeDeleted) }
        guard message.direction == .incoming else { throw ModerationRefusal(.onlyReadersCommentsCanBeDeleted) }
        guard message.deletedAt == nil else { throw ModerationRefusal(.alreadyDeleted(messageID: message.id)) }
        guard reason != nil else { throw ModerationRefusal(.deleteNeedsReason) }
    }

    /// Which message `delete ITEM` means when none is named: the reader's only comment still
    /// standing. With several standing, the administrator must say which; with none, the
    /// latest one answers "already deleted".
    /// The item-level refusals (3.6, comments only) come first, so a critical remark is refused
    /// for what it is, not for an ambiguous message.
    public static func messageToDelete(in item: ModeratedItem, _ messages: [ModeratedMessage], requested: Int64?)
        throws(ModerationRefusal) -> ModeratedMessage {
        if let protected = item.protection { throw ModerationRefusal(.protectedFromDeletion(protected)) }
        guard item.kind == .comment else { throw ModerationRefusal(.onlyCommentsCanBeDeleted) }
        if let requested {
            guard let message = messages.first(where: { $0.id == requested }) else {
                throw ModerationRefusal(.messageNotInItem(messageID: requested, itemID: item.id))
            }
            return message
        }
        let readers = messages.filter { $0.direction == .incoming }
        let standing = readers.filter { $0.deletedAt == nil }
        if standing.count == 1 { return standing[0] }
        if standing.count > 1 { throw ModerationRefusal(.chooseMessage(candidates: standing.map(\.id))) }
        if let last = readers.last { throw ModerationRefusal(.alreadyDeleted(messageID: last.id)) }
        throw ModerationRefusal(.onlyReadersCommentsCanBeDeleted)
    }

    /// Closing without a reply: with a reason, only an item still waiting, never a critical
    /// remark or a complaint (3.6: they must be answered).
    public static func checkClose(_ item: ModeratedItem, reason: String) throws(ModerationRefusal) {
        if let protected = item.protection { throw ModerationRefusal(.protectedFromClosing(protected)) }
        guard item.status != .closed else { throw ModerationRefusal(.alreadyClosed) }
        guard item.status != .answered else { throw ModerationRefusal(.answeredNeedsNoClosing) }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ModerationRefusal(.closeNeedsReason)
        }
    }

    /// Reopening undoes a close, so only a closed item can be reopened.
    public static func checkReopen(_ item: ModeratedItem) throws(ModerationRefusal) {
        guard item.status == .closed else { throw ModerationRefusal(.notClosed) }
    }

    /// Escalating to the head (3.7): a complaint, once (again only when asked), to a head with
    /// an e-mail address.
    public static func checkEscalate(_ item: ModeratedItem, headEmail: String?, departmentID: String,
                                     again: Bool, timeZone: TimeZone) throws(ModerationRefusal) {
        guard item.isAComplaint else { throw ModerationRefusal(.notAComplaint) }
        if let at = item.escalatedAt, !again { throw ModerationRefusal(.alreadyEscalated(at: at, timeZone: timeZone)) }
        guard let headEmail, EmailAddress.isPlausible(headEmail) else {
            throw ModerationRefusal(.noHeadEmail(departmentID: departmentID))
        }
    }

    /// Blocking (6.7): the reason is one of the five by its type; the user must not already be
    /// blocked on the page (a new term replaces an old one only through an explicit unblock,
    /// so the history says who changed it).
    public static func checkBlock(current: BlockState?, at now: Date, timeZone: TimeZone) throws(ModerationRefusal) {
        if case .active(let remaining)? = current {
            throw ModerationRefusal(.alreadyBlocked(until: remaining.map { now.addingTimeInterval($0) }, timeZone: timeZone))
        }
    }

    /// Unblocking undoes a block, so the user must be blocked now.
    public static func checkUnblock(current: BlockState?) throws(ModerationRefusal) {
        guard current?.isActive == true else { throw ModerationRefusal(.notBlocked) }
    }
}
