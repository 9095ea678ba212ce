import DutyDeskCore

/// Why a reply, or an action on one, was refused. Nothing is written when one is thrown.
public enum ReplyRefusal: OperatorFacingError, Equatable {
    case unknownItem(Int64)
    case unknownOutboxEntry(Int64)
    /// A template meant for the other channel, e.g. a private-message template in a comment.
    case templateNotForChannel(id: String, channel: ItemKind)
    /// Values given for fields the chosen templates do not have (a typo would otherwise be
    /// silently ignored and the field left unfilled).
    case unknownFields([String], known: [String])
    /// A rule of kind `block` fired: the reply cannot be sent as it is.
    case blocked([ReplyFinding])
    /// Warnings the administrator has not confirmed.
    case needsConfirmation([ReplyFinding])
    /// Marking posted or failed needs a pending entry (or a failed one, for posted).
    case notPending(outboxID: Int64, status: OutboxStatus)

    public var message: Localized {
        switch self {
        case .unknownItem(let id):
            return Localized(ru: "Обращение #\(id) не найдено.", en: "Item #\(id) not found.")
        case .unknownOutboxEntry(let id):
            return Localized(ru: "В очереди ответов нет записи #\(id).", en: "The outbox has no entry #\(id).")
        case .templateNotForChannel(let id, let channel):
            let ru = channel == .comment ? "комментариях" : "личных сообщениях"
            let en = channel == .comment ? "comments" : "private messages"
            return Localized(ru: "Шаблон «\(id)» не предназначен для ответа в \(ru).",
                             en: "Template \"\(id)\" is not meant for replies in \(en).")
        case .unknownFields(let names, let known):
            let given = names.map { "«\($0)»" }.joined(separator: ", ")
            let list = known.map { "«\($0)»" }.joined(separator: ", ")
            return known.isEmpty
                ? Localized(ru: "Неизвестное поле \(given): у выбранных шаблонов полей нет.",
                            en: "Unknown field \(given): the chosen templates have no fields.")
                : Localized(ru: "Неизвестное поле \(given). Поля выбранных шаблонов: \(list).",
                            en: "Unknown field \(given). The chosen templates' fields: \(list).")
        case .blocked(let findings):
            return Localized(ru: "Ответ не отправлен: " + findings.map(\.summary.ru).joined(separator: "; "),
                             en: "Reply not sent: " + findings.map(\.summary.en).joined(separator: "; "))
        case .needsConfirmation(let findings):
            return Localized(ru: "Ответ требует подтверждения: " + findings.map(\.summary.ru).joined(separator: "; "),
                             en: "The reply needs a confirmation: " + findings.map(\.summary.en).joined(separator: "; "))
        case .notPending(let id, let status):
            return Localized(ru: "Ответ #\(id) уже не ожидает публикации (статус: \(status.rawValue)).",
                             en: "Reply #\(id) is no longer pending (status: \(status.rawValue)).")
        }
    }
}
