import DutyDeskCore
import DutyDeskStore

/// The moderation feature's part of `update`: pure, like the rest.
enum ModerationUIUpdate {
    static func apply(_ action: ModerationUIAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .blocksLoaded(let entries):
            state.moderation.blocks.entries = entries
            BlocksPanelUpdate.clamp(&state)
            return []
        case .commentsLoaded(let itemID, let comments):
            // Only into the form they were loaded for, should it still be open.
            guard case .delete(var form)? = state.moderation.form, form.item.itemID == itemID, form.comments.isEmpty else {
                return []
            }
            form.load(comments)
            state.moderation.form = .delete(form)
            return []
        case .succeeded(let text):
            state.moderation.form = nil
            state.notice = Notice(text, role: .ok, at: state.uptime)
            return DataUpdate.databaseChanged(&state)
        case .refused(let text):
            state.moderation.form = .message(ModerationBoxes.refusal(text))
            return []
        case .commentDeleted(let item, let reason, let closedItem):
            let closed = closedItem
                ? [Localized(ru: "Больше ничего не ждёт ответа: обращение закрыто.",
                             en: "Nothing else waits for an answer: the item is closed.")]
                : []
            state.moderation.form = .confirm(ConfirmBox(
                title: Localized(ru: "Комментарий удалён", en: "Comment deleted"),
                lines: [Localized(ru: "Текст остаётся в базе с пометкой «удалён» (причина: \(reason.shortName.ru)).",
                                  en: "Its text stays in the database, marked deleted (reason: \(reason.shortName.en)).")] + closed
                    + [Localized(ru: "Заблокировать автора тоже (п. 3.5)?", en: "Block the author too (3.5)?")],
                then: .openBlockForm(item, reason)))
            return DataUpdate.databaseChanged(&state)
        case .escalated(let box):
            state.moderation.form = .message(box)
            return DataUpdate.databaseChanged(&state)
        }
    }

    static func command(_ command: ModerationUICommand, key: Key, _ state: inout AppState) -> [Effect] {
        switch command {
        case .block, .unblock, .delete, .escalate, .close, .reopen, .mark, .toggleComplaint, .toggleCritical:
            return ItemActionUpdate.start(command, &state)
        case .rowUp, .rowDown, .cycleScope, .cyclePage, .unblockRow:
            return BlocksPanelUpdate.command(command, &state)
        case .choiceUp, .choiceDown, .choiceByDigit, .next, .stepBack, .erase, .yes, .no, .markCritical, .markComplaint,
             .dismiss:
            return FormUpdate.command(command, key: key, &state)
        }
    }

    /// A key no binding took while this feature has the keys (typing into a field).
    static func unboundKey(_ key: Key, _ context: ModerationKeyContext, _ state: inout AppState) -> [Effect] {
        guard context == .typing, case .character(let character) = key else { return [] }
        FormUpdate.type(character, &state)
        return []
    }

    /// The blocks panel was just shown.
    static func panelEntered(_ state: inout AppState) -> [Effect] {
        [.moderation(.loadBlocks)]
    }

    /// Another process (or this one) committed to the database: a VK `user_block` ingested
    /// elsewhere shows up on the panel.
    static func databaseChanged(_ state: inout AppState) -> [Effect] {
        state.panel == .blocks || state.moderation.blocks.entries != nil ? [.moderation(.loadBlocks)] : []
    }
}
