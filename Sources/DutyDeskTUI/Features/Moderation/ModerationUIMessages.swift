import DutyDeskCore
import DutyDeskStore

/// What happens to the moderation feature (answers from the database, mostly).
public enum ModerationUIAction: Sendable {
    case blocksLoaded([BlockEntry])
    /// The reader's comments still standing in the item the delete form is about.
    case commentsLoaded(itemID: Int64, [CommentChoice])
    /// Done: the form closes and the status bar says what happened.
    case succeeded(Localized)
    /// Refused by a role, a rule or a bad term: shown in a box with the clause it quotes.
    case refused(Localized)
    /// A comment was deleted; the administrator is offered to block its author too.
    case commentDeleted(ModerationItem, BlockReason, closedItem: Bool)
    /// The ready e-mail, where it was written, whether the mail command took it.
    case escalated(MessageBox)
}

/// What the moderation feature asks the runtime to do; `ModerationUIEffects` performs it.
public enum ModerationUIEffect: Equatable, Sendable {
    case loadBlocks
    /// The reader's comments in the item, for the delete form to show and choose from.
    case loadComments(itemID: Int64)
    /// Blocks the author of the item (found by the Store) on the item's page.
    case blockAuthor(itemID: Int64, reason: BlockReason, term: BlockTerm, comment: String)
    case unblockAuthor(itemID: Int64, note: String)
    case unblockUser(pageID: String, userID: Int64, note: String)
    /// `messageID` nil: the reader's only comment still standing (the Store finds it).
    case deleteComment(ModerationItem, messageID: Int64?, reason: BlockReason)
    case close(itemID: Int64, reason: String)
    case reopen(itemID: Int64)
    case mark(itemID: Int64, ItemMark, on: Bool)
    /// `again`: the complaint was escalated before and the administrator asked to send it once more.
    case escalate(itemID: Int64, again: Bool)
}
