import DutyDeskCore
import DutyDeskStore

/// What happens to the replies feature (answers from the database, mostly).
public enum RepliesUIAction: Sendable {
    /// The item's reply context and any draft, after `r`.
    case opened(ReplyItem, draft: ReplyDraft?)
    /// `r` could not open a reply (read-only user, unknown item, no database).
    case openRefused(itemID: Int64, Localized)
    case draftSaved(itemID: Int64, revision: Int)
    /// The draft was not saved; `heldBy` names a colleague whose draft is in the way.
    case draftFailed(itemID: Int64, revision: Int, Localized, heldBy: String?)
    case sent(itemID: Int64, outboxID: Int64, text: String)
    case sendFailed(itemID: Int64, Localized)
    /// The external editor ($VISUAL/$EDITOR) returned; nil when it failed.
    case edited(itemID: Int64, String?)
    case outboxLoaded([OutboxEntry])
    case outboxFailed(Localized)
    case markedPosted(outboxID: Int64)
}

/// A draft found in the database when the composer opens.
public struct ReplyDraft: Equatable, Sendable {
    public let text: String
    public let templateIDs: [String]
    public let username: String

    public init(text: String, templateIDs: [String], username: String) {
        self.text = text
        self.templateIDs = templateIDs
        self.username = username
    }
}

/// What the replies feature asks the runtime to do; `RepliesUIEffects` performs it.
public enum RepliesUIEffect: Equatable, Sendable {
    /// Load the reply context and draft of an item (and check the user may reply there).
    case open(itemID: Int64)
    case saveDraft(itemID: Int64, text: String, templateIDs: [String], takingOver: Bool, revision: Int)
    case send(ReplyRequest, TemplatesRef?)
    /// OSC 52, written by the terminal loop.
    case copyToClipboard(String)
    /// Suspend the screen and edit the text in $VISUAL / $EDITOR.
    case editExternally(itemID: Int64, text: String)
    case loadOutbox
    case markPosted(outboxID: Int64)
}
