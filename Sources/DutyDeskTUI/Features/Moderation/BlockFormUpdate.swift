import DutyDeskCore
import DutyDeskStore
import Foundation

/// The block form's steps: reason → term (→ a date) → comment → confirmation. A bad date or
/// a term VK would not take is said in the form, which stays on that step.
enum BlockFormUpdate {
    /// Returns the effect to send once confirmed; otherwise changes the form (Esc on the first
    /// step sets `backedOut`, and the caller closes it).
    static func command(_ command: ModerationUICommand, key: Key, _ form: inout BlockForm,
                        _ state: AppState) -> [Effect] {
        switch command {
        case .choiceUp: move(&form, by: -1)
        case .choiceDown: move(&form, by: 1)
        case .choiceByDigit:
            if let index = FormUpdate.digit(key) {
                if form.step == .reason, index < BlockReason.allCases.count { form.reason = index }
                if form.step == .term, index < BlockForm.termCount { form.term = index }
            }
        case .next: next(&form, state)
        case .erase:
            if form.step == .date, !form.date.isEmpty { form.date.removeLast() }
            if form.step == .comment, !form.comment.isEmpty { form.comment.removeLast() }
        case .stepBack, .no: back(&form)
        case .yes:
            guard form.step == .confirm, let term = form.resolved else { return [] }
            return [.moderation(.blockAuthor(itemID: form.item.itemID, reason: form.chosenReason, term: term,
                                             comment: form.comment.trimmingCharacters(in: .whitespaces)))]
        default: break
        }
        return []
    }

    static func move(_ form: inout BlockForm, by step: Int) {
        switch form.step {
        case .reason:
            let count = BlockReason.allCases.count
            form.reason = (form.reason + step + count) % count
        case .term:
            form.term = (form.term + step + BlockForm.termCount) % BlockForm.termCount
        default: break
        }
    }

    static func next(_ form: inout BlockForm, _ state: AppState) {
        form.error = nil
        switch form.step {
        case .reason:
            form.step = .term
        case .term:
            if form.choosesDate {
                form.step = .date
            } else {
                resolve(BlockTerm.presets[form.term], &form, state)
            }
        case .date:
            do {
                let term = try BlockTerm.parseEnd(form.date, timeZone: zone(form.item.pageID, state))
                resolve(term, &form, state)
            } catch {
                form.error = error.message
            }
        case .comment:
            form.step = .confirm
        case .confirm:
            break
        }
    }

    /// Works out the end now, so the confirmation shows it and a term VK refuses is said here.
    static func resolve(_ term: BlockTerm, _ form: inout BlockForm, _ state: AppState) {
        do {
            form.end = try term.end(from: Date(timeIntervalSince1970: TimeInterval(state.nowSeconds)),
                                    timeZone: zone(form.item.pageID, state))
            form.resolved = term
            form.step = .comment
        } catch {
            form.error = error.message
        }
    }

    static func back(_ form: inout BlockForm) {
        form.error = nil
        switch form.step {
        case .reason: form.backedOut = true
        case .term: form.step = .reason
        case .date: form.step = .term
        case .comment: form.step = form.choosesDate ? .date : .term
        case .confirm: form.step = .comment
        }
    }

    /// The page department's zone: block ends are local to it, as in the CLI.
    static func zone(_ pageID: String, _ state: AppState) -> TimeZone {
        state.pages.clock(forPage: pageID)?.timeline.timeZone ?? state.session.localClock.timeZone
    }
}
