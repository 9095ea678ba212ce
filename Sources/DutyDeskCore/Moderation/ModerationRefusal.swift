import Foundation

/// A moderation action the regulation (or plain sense) does not allow, told in both languages.
/// Every refusal that rests on a clause quotes it, so the administrator sees the rule itself,
/// not dutydesk's opinion of it.
public struct ModerationRefusal: OperatorFacingError, Equatable {
    /// What 3.6 protects an item as.
    public enum Protected: Sendable, Equatable {
        case criticalRemark
        case complaint
    }

    public enum Reason: Sendable, Equatable {
        case protectedFromDeletion(Protected)
        case protectedFromClosing(Protected)
        case deleteNeedsReason
        case onlyCommentsCanBeDeleted
        case onlyReadersCommentsCanBeDeleted
        case alreadyDeleted(messageID: Int64)
        case chooseMessage(candidates: [Int64])
        case messageNotInItem(messageID: Int64, itemID: Int64)
        case closeNeedsReason
        case alreadyClosed
        case answeredNeedsNoClosing
        case notClosed
        /// Every message of the reader's is deleted: reopening would leave nothing to answer.
        case nothingToAnswer
        case notAComplaint
        case alreadyEscalated(at: Date, timeZone: TimeZone)
        case noHeadEmail(departmentID: String)
        case alreadyBlocked(until: Date?, timeZone: TimeZone)
        case notBlocked
    }

    public let reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// The clause the refusal rests on, if any.
    public var clause: RegulationClause? {
        switch reason {
        case .protectedFromDeletion, .protectedFromClosing: .criticalRemarksAreAnswered
        case .deleteNeedsReason: .blockingReasons
        case .onlyCommentsCanBeDeleted, .nothingToAnswer: .offensiveCommentsAreRemoved
        case .notAComplaint, .noHeadEmail: .complaintsGoToTheHead
        default: nil
        }
    }

    public var message: Localized {
        let sentence = statement
        guard let clause else { return sentence }
        return Localized(ru: sentence.ru + " — " + clause.quotation.ru, en: sentence.en + " — " + clause.quotation.en)
    }

    private var statement: Localized {
        switch reason {
        case .protectedFromDeletion(let what):
            Localized(ru: "Нельзя удалить: \(what.ru) нужно ответить, публично или в личном сообщении",
                      en: "Cannot delete: \(what.en) must be answered, publicly or in a private message")
        case .protectedFromClosing(let what):
            Localized(ru: "Нельзя закрыть без ответа: \(what.ru) нужно ответить",
                      en: "Cannot close without a reply: \(what.en) must be answered")
        case .deleteNeedsReason:
            Localized(ru: "Для удаления нужна причина, один из кодов: \(Self.reasonCodes)",
                      en: "Deleting needs a reason, one of the codes: \(Self.reasonCodes)")
        case .onlyCommentsCanBeDeleted:
            Localized(ru: "Удалить можно только комментарий; личное сообщение остаётся у читателя",
                      en: "Only a comment can be deleted; a private message stays with the reader")
        case .onlyReadersCommentsCanBeDeleted:
            Localized(ru: "Удалить можно только комментарий читателя, не ответ страницы.",
                      en: "Only a reader's comment can be deleted, not the page's reply.")
        case .alreadyDeleted(let id):
            Localized(ru: "Комментарий #\(id) уже удалён.", en: "Comment #\(id) is already deleted.")
        case .chooseMessage(let candidates):
            Localized(ru: "В обращении несколько комментариев читателя (\(Self.list(candidates))); укажите, какой удалить: --message N.",
                      en: "The item has several comments by the reader (\(Self.list(candidates))); say which to delete: --message N.")
        case .messageNotInItem(let message, let item):
            Localized(ru: "Сообщение #\(message) не относится к обращению #\(item).",
                      en: "Message #\(message) does not belong to item #\(item).")
        case .closeNeedsReason:
            Localized(ru: "Закрыть без ответа можно только с причиной (например, «спам удалён», «благодарность, ответ не нужен»).",
                      en: "Closing without a reply needs a reason (e.g. 'spam removed', 'a thank-you, no answer needed').")
        case .alreadyClosed:
            Localized(ru: "Обращение уже закрыто.", en: "The item is already closed.")
        case .answeredNeedsNoClosing:
            Localized(ru: "Обращение уже отвечено: закрывать нечего.", en: "The item is already answered: nothing to close.")
        case .notClosed:
            Localized(ru: "Обращение не закрыто: открывать заново нечего.", en: "The item is not closed: nothing to reopen.")
        case .nothingToAnswer:
            Localized(ru: "Все сообщения читателя в этом обращении удалены, отвечать не на что; обращение откроется само, если комментарий восстановят или читатель напишет снова",
                      en: "Every message of the reader's in this item is deleted, so there is nothing to answer; the item reopens by itself if a comment is restored or the reader writes again")
        case .notAComplaint:
            Localized(ru: "Руководителю передаются жалобы; отметьте обращение как жалобу (dutydesk mark ID --complaint)",
                      en: "Complaints go to the head; mark the item as a complaint first (dutydesk mark ID --complaint)")
        case .alreadyEscalated(let at, let zone):
            Localized(ru: "Жалоба уже передана руководителю \(LocalTimeText.local(at, in: zone)); чтобы отправить ещё раз, добавьте --again.",
                      en: "The complaint was already escalated at \(LocalTimeText.local(at, in: zone)); to send it again, add --again.")
        case .noHeadEmail(let department):
            Localized(ru: "У отдела \(department) не указан e-mail руководителя; добавьте его в файл организации (head: email)",
                      en: "Department \(department) has no head e-mail; add it to the organisation file (head: email)")
        case .alreadyBlocked(let until, let zone):
            Localized(ru: "Пользователь уже заблокирован \(until.map { "до " + LocalTimeText.local($0, in: zone) } ?? "навсегда"); чтобы изменить срок, сначала разблокируйте.",
                      en: "The user is already blocked \(until.map { "until " + LocalTimeText.local($0, in: zone) } ?? "permanently"); to change the term, unblock first.")
        case .notBlocked:
            Localized(ru: "Пользователь сейчас не заблокирован на этой странице.", en: "The user is not blocked on this page now.")
        }
    }

    static var reasonCodes: String {
        BlockReason.allCases.map(\.rawValue).joined(separator: ", ")
    }

    static func list(_ ids: [Int64]) -> String {
        ids.map { "#\($0)" }.joined(separator: ", ")
    }
}

extension ModerationRefusal.Protected {
    /// "на критическое замечание" reads after "нужно ответить"; the dative case is built in.
    var ru: String {
        switch self {
        case .criticalRemark: "на критическое замечание"
        case .complaint: "на жалобу"
        }
    }

    var en: String {
        switch self {
        case .criticalRemark: "a critical remark"
        case .complaint: "a complaint"
        }
    }
}
