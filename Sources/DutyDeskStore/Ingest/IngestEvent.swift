import DutyDeskCore

/// One accepted line, decoded and placed on its page: what the writer stores, whichever network
/// it came from.
struct IngestEvent: Sendable {
    let network: Network
    /// Unique per network: VK `event_id`; Telegram "<page>:<update_id>" (update ids are per bot).
    let eventKey: String
    /// The platform's type: "message_new", "wall_reply_delete", "edited_message", …
    let type: String
    let pageID: String
    /// The whole line, kept in `events.raw_json`.
    let rawJSON: String
    let change: IngestChange
}

/// What an event does to the inbox.
enum IngestChange: Sendable {
    /// A new message or comment, from a reader or from the page.
    case message(IngestMessage)
    /// A new text for a message; it carries the whole message, so that an edit arriving before
    /// its original still creates the message.
    case edit(IngestMessage, editedAt: Int64)
    /// A comment deleted in VK: it stays, marked deleted.
    case delete(platformKey: String, deletedBy: String)
    /// A deleted comment restored in VK; carries the whole comment.
    case restore(IngestMessage)
    case block(VKUserBlock)
    case unblock(VKUserUnblock)
    /// Kept as an event and nothing more (a channel post's copy in its discussion group).
    case recordOnly
}

/// A message or comment, normalised.
struct IngestMessage: Sendable {
    let placement: ThreadPlacement
    /// Unique per page: "peer:<peer_id>:cmid:<n>", "wall:<owner>:<comment id>", "tg:<chat>:<message_id>".
    let platformKey: String
    let direction: MessageDirection
    let authorID: Int64
    let authorName: String
    let text: String
    /// Unix seconds: when the platform says it was sent; the reply clock runs on this.
    let sentAt: Int64
    let postID: Int64?
    let replyToKey: String?
    /// The platform's JSON of the message itself (a slice of the line).
    let rawJSON: String
    /// The thread a reply to this message is put in while this message is not stored yet (the
    /// `fallback` of `ThreadPlacement.sameThreadAs` that names it); nil when nothing replies
    /// that way. When this message is stored in another thread, the replies that came before it
    /// are moved to its item (`IngestMessages.adoptEarlyReplies`).
    var earlyRepliesThreadKey: String? = nil
    /// Whether the platform sends deletions of it (VK comments): only such a message looks for
    /// a deletion read before it (`PendingDeletions`).
    var deletable = false
}

/// Which item a message belongs to.
enum ThreadPlacement: Sendable, Equatable {
    /// Known from the event itself.
    case thread(kind: ItemKind, key: String)
    /// A reply whose thread only the replied-to message knows (a Telegram reply to a comment
    /// without `message_thread_id`, a VK reply without `parents_stack`): the item of the stored
    /// message `platformKey`, or `fallback` when that message is not stored (yet); when it is
    /// stored later, in another thread, the replies in `fallback` move to it (its
    /// `earlyRepliesThreadKey` is `fallback`).
    case sameThreadAs(platformKey: String, fallback: String, kind: ItemKind)
}
