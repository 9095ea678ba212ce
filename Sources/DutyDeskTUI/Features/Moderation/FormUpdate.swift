import DutyDeskCore
import DutyDeskStore
import Foundation

/// The keys inside the moderation forms: choosing, typing, confirming, stepping back.
enum FormUpdate {
    /// Longest text a field takes: a comment, a note, a reason.
    static let maximumText = 300

    static func command(_ command: ModerationUICommand, key: Key, _ state: inout AppState) -> [Effect] {
        guard let form = state.moderation.form else { return [] }
        switch form {
        case .block(var block):
            let effects = BlockFormUpdate.command(command, key: key, &block, state)
            if !effects.isEmpty {
                state.moderation.form = .working(ModerationBoxes.working)
            } else if block.backedOut {
                state.moderation.form = nil
            } else {
                state.moderation.form = .block(block)
            }
            return effects
        case .delete(var delete):
            return reasonCommand(command, key: key, &delete, &state)
        case .close(var text):
            return textCommand(command, &text, close: true, &state)
        case .unblock(var text):
            return textCommand(command, &text, close: false, &state)
        case .mark(let menu):
            switch command {
            case .markCritical: return send(.mark(itemID: menu.item.itemID, .critical, on: !menu.isCritical), &state)
            case .markComplaint: return send(.mark(itemID: menu.item.itemID, .complaint, on: !menu.isComplaint), &state)
            default: state.moderation.form = nil
            }
        case .confirm(let box):
            guard command == .yes else {
                state.moderation.form = nil
                return []
            }
            switch box.then {
            case .perform(let effect): return send(effect, &state)
            case .openBlockForm(let item, let reason):
                state.moderation.form = .block(BlockForm(item: item, reason: reason))
            }
        case .message(var box):
            switch command {
            case .choiceUp, .choiceDown:
                let limit = ModerationFormView.content(form, state).1.maxScroll(width: ModerationFormView.width, in: state.size)
                box.scroll = max(0, min(box.scroll + (command == .choiceUp ? -1 : 1), limit))
                state.moderation.form = .message(box)
            case .dismiss: state.moderation.form = nil
            default: break
            }
        case .working:
            if command == .dismiss { state.moderation.form = nil }
        }
        return []
    }

    /// Shows "saving…" and sends the action to the database.
    static func send(_ effect: ModerationUIEffect, _ state: inout AppState) -> [Effect] {
        state.moderation.form = .working(ModerationBoxes.working)
        return [.moderation(effect)]
    }

    static func reasonCommand(_ command: ModerationUICommand, key: Key, _ form: inout ReasonForm,
                              _ state: inout AppState) -> [Effect] {
        let count = form.choosingComment ? form.comments.count : BlockReason.allCases.count
        var choice = form.choosingComment ? form.comment : form.reason
        switch command {
        case .choiceUp: choice = (choice + count - 1) % count
        case .choiceDown: choice = (choice + 1) % count
        case .choiceByDigit: if let index = digit(key), index < count { choice = index }
        case .next:
            if form.choosingComment { form.choosingComment = false } else { form.confirming = true }
        case .yes:
            return send(.deleteComment(form.item, messageID: form.chosenMessageID, reason: form.chosenReason), &state)
        case .no: form.confirming = false
        case .stepBack:
            if !form.choosingComment, form.comments.count > 1 {
                form.choosingComment = true
            } else {
                state.moderation.form = nil
                return []
            }
        default: break
        }
        if form.choosingComment { form.comment = choice } else { form.reason = choice }
        state.moderation.form = .delete(form)
        return []
    }

    static func textCommand(_ command: ModerationUICommand, _ form: inout TextForm, close: Bool,
                            _ state: inout AppState) -> [Effect] {
        let wrap: (TextForm) -> ModerationForm = close ? { .close($0) } : { .unblock($0) }
        switch command {
        case .erase:
            if !form.text.isEmpty { form.text.removeLast() }
        case .next:
            if close, form.text.trimmingCharacters(in: .whitespaces).isEmpty {
                form.error = ModerationRefusal(.closeNeedsReason).message
            } else {
                form.error = nil
                form.confirming = true
            }
        case .no:
            form.confirming = false
        case .yes:
            let text = form.text.trimmingCharacters(in: .whitespaces)
            if close, let item = form.item { return send(.close(itemID: item.itemID, reason: text), &state) }
            if let item = form.item { return send(.unblockAuthor(itemID: item.itemID, note: text), &state) }
            if let user = form.user {
                return send(.unblockUser(pageID: user.pageID, userID: user.userID, note: text), &state)
            }
        case .stepBack:
            state.moderation.form = nil
            return []
        default: break
        }
        state.moderation.form = wrap(form)
        return []
    }

    /// A printable key typed into the field that has the keys.
    static func type(_ character: Character, _ state: inout AppState) {
        switch state.moderation.form {
        case .block(var block):
            switch block.step {
            case .date: append(character, to: &block.date, limit: 40)
            case .comment: append(character, to: &block.comment, limit: maximumText)
            default: return
            }
            block.error = nil
            state.moderation.form = .block(block)
        case .close(var text):
            append(character, to: &text.text, limit: maximumText)
            text.error = nil
            state.moderation.form = .close(text)
        case .unblock(var text):
            append(character, to: &text.text, limit: maximumText)
            state.moderation.form = .unblock(text)
        default:
            return
        }
    }

    static func append(_ character: Character, to text: inout String, limit: Int) {
        guard text.count < limit else { return }
        text.append(character)
    }

    /// "1" is the first choice.
    static func digit(_ key: Key) -> Int? {
        guard case .character(let c) = key, let value = c.wholeNumberValue, value > 0 else { return nil }
        return value - 1
    }
}
