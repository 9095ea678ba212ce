import DutyDeskCore
import DutyDeskStore
import Foundation

/// Performs the moderation feature's effects against the database. Every write goes through
/// `ModerationActions` (roles, the regulation's rules, the audit log), in the background;
/// whatever it refuses comes back as `.refused` with the Store's own words.
enum ModerationUIEffects {
    static func perform(_ effect: ModerationUIEffect, _ context: EffectContext) -> [Action] {
        guard let database = context.database else {
            // A scripted scene has no database: an empty panel, no comments, and no writes.
            switch effect {
            case .loadBlocks: return [.moderation(.blocksLoaded([]))]
            case .loadComments: return []
            default: return [.moderation(.refused(ModerationBoxes.readOnly))]
            }
        }
        let now = context.now
        if case .loadComments(let itemID) = effect {
            return context.later {
                do {
                    let thread = try database.reader.read { try ThreadQuery.thread($0, itemID: itemID) }
                    return [.moderation(.commentsLoaded(itemID: itemID, thread.map(ItemActionUpdate.standingComments) ?? []))]
                } catch {
                    return [.loadFailed(AppRuntime.describe(error))]
                }
            }
        }
        if effect == .loadBlocks {
            return context.later {
                do {
                    let entries = try database.reader.read {
                        try BlockQuery.entries($0, now: now, filter: BlockQuery.Filter(includePast: true))
                    }
                    return [.moderation(.blocksLoaded(entries))]
                } catch {
                    return [.loadFailed(AppRuntime.describe(error))]
                }
            }
        }
        guard context.allowsWrites else { return [.moderation(.refused(ModerationBoxes.readOnly))] }
        let actions = ModerationActions(database: database, actor: context.session.staff, now: now)
        return context.later {
            do {
                return [.moderation(try write(effect, actions))]
            } catch {
                return [.moderation(.refused(AppRuntime.describe(error)))]
            }
        }
    }

    static func write(_ effect: ModerationUIEffect, _ actions: ModerationActions) throws -> ModerationUIAction {
        switch effect {
        case .loadBlocks, .loadComments:
            // Reads, answered in `perform` before any write is considered.
            return .blocksLoaded([])
        case .blockAuthor(let itemID, let reason, let term, let comment):
            let item = try author(itemID, actions.database)
            let block = try actions.block(.init(pageID: item.pageID, userID: item.authorID, userName: item.authorName,
                                                reason: reason, term: term, comment: comment, itemID: itemID))
            return .succeeded(ModerationTexts.blocked(block, zone: try actions.timeZone(pageID: item.pageID)))
        case .unblockAuthor(let itemID, let note):
            let item = try author(itemID, actions.database)
            let block = try actions.unblock(pageID: item.pageID, userID: item.authorID, note: note, itemID: itemID)
            return .succeeded(ModerationTexts.unblocked(block))
        case .unblockUser(let pageID, let userID, let note):
            return .succeeded(ModerationTexts.unblocked(try actions.unblock(pageID: pageID, userID: userID, note: note)))
        case .deleteComment(let item, let messageID, let reason):
            let deletion: ModerationActions.CommentDeletion
            do {
                deletion = try actions.deleteComment(itemID: item.itemID, messageID: messageID, reason: reason)
            } catch let refusal as ModerationRefusal {
                guard case .chooseMessage = refusal.reason else { throw refusal }
                // The Store's words name a command-line option; here the choice is in the thread.
                throw ChooseTheComment()
            }
            return .commentDeleted(item, reason, closedItem: deletion.closedItem)
        case .close(let itemID, let reason):
            try actions.closeItem(itemID: itemID, reason: reason)
            return .succeeded(Localized(ru: "Обращение #\(itemID) закрыто без ответа.", en: "Item #\(itemID) closed without a reply."))
        case .reopen(let itemID):
            try actions.reopenItem(itemID: itemID)
            return .succeeded(Localized(ru: "Обращение #\(itemID) снова открыто.", en: "Item #\(itemID) reopened."))
        case .mark(let itemID, let mark, let on):
            try actions.setMark(mark, on: on, itemID: itemID)
            return .succeeded(on
                ? Localized(ru: "#\(itemID) отмечено: \(mark.label.ru).", en: "#\(itemID) marked: \(mark.label.en).")
                : Localized(ru: "#\(itemID): отметка «\(mark.label.ru)» снята.", en: "#\(itemID): \(mark.label.en) mark removed."))
        case .escalate(let itemID, let again):
            let escalation = try actions.escalate(itemID: itemID, again: again,
                                                  environment: ProcessInfo.processInfo.environment)
            return .escalated(ModerationTexts.escalation(escalation))
        }
    }

    /// Several comments by the reader and none chosen: the thread lists them to choose from.
    struct ChooseTheComment: OperatorFacingError {
        var message: Localized {
            Localized(ru: "В обращении несколько комментариев читателя: откройте его (Enter) и нажмите d там, чтобы выбрать, какой удалить.",
                      en: "The item has several comments by the reader: open it (Enter) and press d there to choose which to delete.")
        }
    }

    /// The item, for its page and its author's id (the list does not carry the id).
    static func author(_ itemID: Int64, _ database: DutyDeskDatabase) throws -> ItemRecord {
        guard let item = try database.reader.read({ try ItemRecord.fetchOne($0, key: itemID) }) else {
            throw ItemNotFound(itemID: itemID)
        }
        return item
    }
}
