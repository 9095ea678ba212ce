import DutyDeskCore
import DutyDeskStore
import Foundation

/// Performs the replies feature's effects against the database (and the terminal, through
/// the runtime: the clipboard and the external editor).
enum RepliesUIEffects {
    static func perform(_ effect: RepliesUIEffect, _ context: EffectContext) -> [Action] {
        switch effect {
        case .open(let itemID):
            return open(itemID, context)
        case .saveDraft(let itemID, let text, let templateIDs, let takingOver, let revision):
            guard context.allowsWrites, let database = context.database else { return [] }
            let staff = context.session.staff
            let now = context.now
            return context.later {
                do {
                    try database.writer.write { db in
                        _ = try DraftStore.save(db, itemID: itemID, text: text, templateIDs: templateIDs, by: staff, at: now,
                                            takingOver: takingOver)
                    }
                    return [.replies(.draftSaved(itemID: itemID, revision: revision))]
                } catch let held as DraftHeldByColleague {
                    return [.replies(.draftFailed(itemID: itemID, revision: revision, held.message, heldBy: held.username))]
                } catch {
                    return [.replies(.draftFailed(itemID: itemID, revision: revision, AppRuntime.describe(error), heldBy: nil))]
                }
            }
        case .send(let request, let templates):
            guard context.allowsWrites, let database = context.database, let catalog = templates?.catalog else {
                return [.replies(.sendFailed(itemID: request.itemID, Localized(
                    ru: "Отправка здесь недоступна (только просмотр).", en: "Sending is not available here (read-only).")))]
            }
            let actions = ReplyActions(database: database, actor: context.session.staff, now: context.now, catalog: catalog)
            return context.later {
                do {
                    let sent = try actions.send(request)
                    return [.replies(.sent(itemID: request.itemID, outboxID: sent.outboxID, text: sent.prepared.text))]
                } catch {
                    return [.replies(.sendFailed(itemID: request.itemID, AppRuntime.describe(error)))]
                }
            }
        case .copyToClipboard(let text):
            context.terminal(.copyToClipboard(text))
            return []
        case .editExternally(let itemID, let text):
            context.terminal(.editText(text, then: { .replies(.edited(itemID: itemID, $0)) }))
            return []
        case .loadOutbox:
            guard let database = context.database else { return [] }
            return context.later {
                do {
                    return [.replies(.outboxLoaded(try database.reader.read { db in try OutboxQuery.entries(db) }))]
                } catch {
                    return [.replies(.outboxFailed(AppRuntime.describe(error)))]
                }
            }
        case .markPosted(let outboxID):
            guard context.allowsWrites, let database = context.database else { return [] }
            let actions = OutboxActions(database: database, actor: context.session.staff, now: context.now)
            return context.later {
                do {
                    try actions.markPosted(outboxID: outboxID)
                    return [.replies(.markedPosted(outboxID: outboxID))]
                } catch {
                    return [.replies(.outboxFailed(AppRuntime.describe(error)))]
                }
            }
        }
    }

    /// A quick read, done at once: the item's reply context, the right to reply, any draft.
    static func open(_ itemID: Int64, _ context: EffectContext) -> [Action] {
        guard let database = context.database else {
            return [.replies(.openRefused(itemID: itemID, Localized(ru: "Ответы здесь недоступны.", en: "Replies are not available here.")))]
        }
        let staff = context.session.staff
        let now = context.now
        do {
            let (target, draft, messages) = try database.reader.read { db in
                let target = try ReplyTarget.load(db, itemID: itemID)
                try AccessPolicy.check(.reply, page: target.item.pageID, by: staff)
                return (target, try DraftStore.load(db, itemID: itemID), try ThreadQuery.messages(db, itemID: itemID))
            }
            let item = ReplyItem(itemID: itemID, channel: target.channel, network: target.network,
                                 readerName: target.item.authorName, context: target.context(now: now),
                                 category: target.item.category, recent: ReaderPane.recent(messages))
            return [.replies(.opened(item, draft: draft.map {
                ReplyDraft(text: $0.text, templateIDs: $0.templateIDs, username: $0.username)
            }))]
        } catch {
            return [.replies(.openRefused(itemID: itemID, AppRuntime.describe(error)))]
        }
    }
}
