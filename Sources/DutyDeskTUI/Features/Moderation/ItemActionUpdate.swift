import DutyDeskCore
import DutyDeskStore

/// The moderation keys on the inbox list and an opened item: each checks what the screen
/// already knows (the operator's role on the page, the item's marks) and opens its form, or
/// says at once why not. The Store checks everything again when the action is sent.
enum ItemActionUpdate {
    static func start(_ command: ModerationUICommand, _ state: inout AppState) -> [Effect] {
        guard let summary = target(state) else { return [] }
        let item = ModerationItem(itemID: summary.id, pageID: summary.pageID, author: author(of: summary.id, state))
        do {
            try AccessPolicy.check(operatorAction(command), page: summary.pageID, by: state.session.staff)
            try precheck(command, summary)
        } catch {
            state.moderation.form = .message(ModerationBoxes.refusal(AppRuntime.describe(error)))
            return []
        }
        switch command {
        case .block:
            state.moderation.form = .block(BlockForm(item: item))
        case .unblock:
            state.moderation.form = .unblock(TextForm(item: item))
        case .delete:
            guard let thread = openedThread(summary.id, state) else {
                // Pressed on the list: the comment's text comes from the database, to be shown.
                state.moderation.form = .delete(ReasonForm(item: item))
                return [.moderation(.loadComments(itemID: item.itemID))]
            }
            state.moderation.form = .delete(ReasonForm(item: item, comments: standingComments(thread)))
        case .close:
            state.moderation.form = .close(TextForm(item: item))
        case .mark:
            state.moderation.form = .mark(MarkMenu(item: item, isCritical: summary.isCritical,
                                                   isComplaint: summary.isComplaint))
        case .toggleComplaint:
            // One key, no menu: a mark is undone by the same key, so nothing is asked.
            return FormUpdate.send(.mark(itemID: item.itemID, .complaint, on: !summary.isComplaint), &state)
        case .toggleCritical:
            return FormUpdate.send(.mark(itemID: item.itemID, .critical, on: !summary.isCritical), &state)
        case .escalate:
            // Escalated before (↑ in the list): the question says so, and yes sends it again.
            let again = summary.isEscalated
            let next = again
                ? Localized(ru: "Она уже передана руководителю. Передать ещё раз (новое письмо)?",
                            en: "It was already escalated. Send it again (a new mail)?")
                : Localized(ru: "Она будет передана руководителю отдела (п. 3.7): письмо запишется в файл и, если настроена команда отправки, уйдёт по почте.",
                            en: "It goes to the head of the department (3.7): the mail is written to a file and, if a mail command is set up, sent.")
            let lines = [item.complaintSentence, next]
            state.moderation.form = .confirm(ConfirmBox(
                title: Localized(ru: "Передать жалобу руководителю", en: "Escalate the complaint"), lines: lines,
                then: .perform(.escalate(itemID: item.itemID, again: again))))
        case .reopen:
            // Reopening only undoes a close: nothing is lost, so it asks nothing.
            state.moderation.form = .working(ModerationBoxes.working)
            return [.moderation(.reopen(itemID: item.itemID))]
        default:
            return []
        }
        return []
    }

    /// The opened item, else the one selected in the list.
    static func target(_ state: AppState) -> InboxSummary? {
        if let id = state.detail?.itemID { return state.list.items.first { $0.id == id } }
        return state.list.selectedItem
    }

    /// The author's name as the screen has it (terminal-safe), or empty.
    static func author(of itemID: Int64, _ state: AppState) -> String {
        if let thread = state.detail?.thread, thread.itemID == itemID { return TerminalSafeText.line(thread.author) }
        return state.list.texts[itemID].map { String($0.author.characters) } ?? ""
    }

    /// The item's thread when it is the one opened on screen.
    static func openedThread(_ itemID: Int64, _ state: AppState) -> InboxThread? {
        guard let thread = state.detail?.thread, thread.itemID == itemID else { return nil }
        return thread
    }

    /// The reader's comments still standing in a thread, oldest first.
    static func standingComments(_ thread: InboxThread) -> [CommentChoice] {
        thread.messages.filter { $0.direction == .incoming && $0.deletedAt == nil }
            .map { CommentChoice(id: $0.id, text: $0.text) }
    }

    static func operatorAction(_ command: ModerationUICommand) -> OperatorAction {
        switch command {
        case .unblock: .unblock
        case .delete: .deleteComment
        case .escalate: .escalate
        case .close: .close
        case .reopen: .reopen
        case .mark, .toggleComplaint, .toggleCritical: .mark
        default: .block
        }
    }

    /// The refusals the list already knows enough to give, quoting the same clauses as the Store.
    static func precheck(_ command: ModerationUICommand, _ summary: InboxSummary) throws {
        let moderated = ModeratedItem(id: summary.id, pageID: summary.pageID, kind: summary.kind, status: summary.status,
                                      isCritical: summary.isCritical, isComplaint: summary.isComplaint)
        switch command {
        case .block:
            if summary.authorBlocked { throw AlreadyBlocked() }
        case .unblock:
            if !summary.authorBlocked { throw ModerationRefusal(.notBlocked) }
        case .delete:
            if let protected = moderated.protection { throw ModerationRefusal(.protectedFromDeletion(protected)) }
            if summary.kind != .comment { throw ModerationRefusal(.onlyCommentsCanBeDeleted) }
        case .close:
            // Any reason will do here: the form asks for the real one.
            try ModerationRules.checkClose(moderated, reason: "-")
        case .reopen:
            try ModerationRules.checkReopen(moderated)
        default:
            break
        }
    }
}

/// The list knows the author is blocked, not until when: the Store's refusal names the end.
struct AlreadyBlocked: OperatorFacingError {
    var message: Localized {
        Localized(ru: "Автор уже заблокирован на этой странице; чтобы изменить срок, сначала разблокируйте (u).",
                  en: "The author is already blocked on this page; to change the term, unblock first (u).")
    }
}
