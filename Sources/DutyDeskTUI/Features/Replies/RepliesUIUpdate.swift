import DutyDeskCore
import DutyDeskStore

/// The replies feature's part of `update`: pure, like the rest.
enum RepliesUIUpdate {
    static func apply(_ action: RepliesUIAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .opened(let item, let draft):
            return opened(item, draft: draft, &state)
        case .openRefused(let itemID, let message):
            if state.replies.opening == itemID { state.replies.opening = nil }
            RepliesNotices.error(message, &state)
            return []
        case .draftSaved(let itemID, let revision):
            guard var composer = state.replies.composer, composer.item.itemID == itemID else { return [] }
            composer.savedRevision = max(composer.savedRevision, revision)
            composer.savingRevision = nil
            let effects = ComposerUpdate.saveIfIdle(&composer)
            state.replies.composer = composer
            return effects
        case .draftFailed(let itemID, _, let message, let heldBy):
            guard var composer = state.replies.composer, composer.item.itemID == itemID else {
                RepliesNotices.error(message, &state)
                return []
            }
            composer.savingRevision = nil
            if let heldBy {
                composer.question = .takeOver(username: heldBy)
            } else {
                composer.problem = message
            }
            state.replies.composer = composer
            return []
        case .sent(let itemID, let outboxID, let text):
            if state.replies.composer?.item.itemID == itemID { state.replies.composer = nil }
            state.notice = Notice(Localized(
                ru: "Ответ #\(outboxID) поставлен в очередь и скопирован в буфер обмена; отметьте публикацию в исходящих (2)",
                en: "Reply #\(outboxID) queued and copied to the clipboard; mark it posted in the outbox (2)"),
                role: .ok, at: state.uptime)
            return [.replies(.copyToClipboard(text))]
        case .sendFailed(let itemID, let message):
            guard state.replies.composer?.item.itemID == itemID else {
                RepliesNotices.error(message, &state)
                return []
            }
            state.replies.composer?.sending = false
            state.replies.composer?.problem = message
            state.replies.composer?.messageScroll = 0
            return []
        case .edited(let itemID, let text):
            guard var composer = state.replies.composer, composer.item.itemID == itemID else { return [] }
            guard let text else {
                composer.problem = Localized(ru: "Внешний редактор не запустился или завершился с ошибкой; текст не изменён.",
                                             en: "The external editor did not start or failed; the text is unchanged.")
                state.replies.composer = composer
                return []
            }
            guard text != composer.text.text else { return [] }
            composer.text = ComposerText(text)
            let effects = ComposerUpdate.changed(&composer, state)
            state.replies.composer = composer
            return effects
        case .outboxLoaded(let entries):
            state.replies.outbox.entries = entries
            state.replies.outbox.loaded = true
            state.replies.outbox.selected = min(state.replies.outbox.selected, max(entries.count - 1, 0))
            return []
        case .outboxFailed(let message):
            RepliesNotices.error(message, &state)
            return []
        case .markedPosted(let outboxID):
            state.notice = Notice(Localized(ru: "Ответ #\(outboxID) отмечен как опубликованный",
                                            en: "Reply #\(outboxID) marked as posted"), role: .ok, at: state.uptime)
            return [.replies(.loadOutbox)]
        }
    }

    static func command(_ command: RepliesUICommand, key: Key, _ state: inout AppState) -> [Effect] {
        switch command {
        case .reply:
            guard let itemID = state.detail?.itemID ?? state.list.selectedItem?.id else { return [] }
            RepliesNotices.clearOwnError(&state)
            state.replies.opening = itemID
            return [.replies(.open(itemID: itemID))]
        case .pickerUp, .pickerDown, .pickerChoose, .pickerFreeText, .pickerErase, .pickerClose:
            return PickerUpdate.command(command, &state)
        case .edit, .nextField, .addTemplate, .togglePersonalData, .externalEditor, .send, .closeComposer,
             .answerYes, .answerNo, .messageUp, .messageDown, .categoryUp, .categoryDown, .categoryChoose:
            return ComposerUpdate.command(command, key: key, &state)
        case .outboxUp, .outboxDown, .markPosted, .copyAgain:
            return OutboxUpdate.command(command, &state)
        }
    }

    /// A key no binding took while this feature has the keys (typing into a field).
    static func unboundKey(_ key: Key, _ context: RepliesKeyContext, _ state: inout AppState) -> [Effect] {
        guard case .character(let character) = key else { return [] }
        switch context {
        case .picker:
            state.replies.picker?.query.append(character)
            state.replies.picker?.selected = 0
            return []
        case .composer:
            guard var composer = state.replies.composer else { return [] }
            composer.text.insert(character)
            let effects = ComposerUpdate.changed(&composer, state)
            state.replies.composer = composer
            return effects
        case .panel, .question, .category:
            return []
        }
    }

    /// The outbox panel was just shown.
    static func panelEntered(_ state: inout AppState) -> [Effect] { [.replies(.loadOutbox)] }

    /// Another process (or this one) committed to the database.
    static func databaseChanged(_ state: inout AppState) -> [Effect] {
        state.panel == .outbox ? [.replies(.loadOutbox)] : []
    }

    /// `r` found the item: continue a draft, or pick a template.
    static func opened(_ item: ReplyItem, draft: ReplyDraft?, _ state: inout AppState) -> [Effect] {
        guard state.replies.opening == item.itemID else { return [] }
        state.replies.opening = nil
        RepliesNotices.clearOwnError(&state)
        guard let draft else {
            state.replies.picker = ReplyPickerState(item: item, appending: false)
            return []
        }
        var composer = ComposerState(item: item, text: ComposerText(draft.text), templateIDs: draft.templateIDs)
        if draft.username != state.session.username {
            composer.question = .takeOver(username: draft.username)
        }
        ComposerUpdate.scrollToCursor(&composer, state)
        state.replies.composer = composer
        return []
    }
}
