import DutyDeskCore

/// The outbox panel's keys.
enum OutboxUpdate {
    static func command(_ command: RepliesUICommand, _ state: inout AppState) -> [Effect] {
        var outbox = state.replies.outbox
        defer { state.replies.outbox = outbox }
        switch command {
        case .outboxUp:
            outbox.selected = max(outbox.selected - 1, 0)
        case .outboxDown:
            outbox.selected = min(outbox.selected + 1, max(outbox.entries.count - 1, 0))
        case .markPosted:
            guard let entry = outbox.selectedEntry else { return [] }
            guard state.session.staff != nil else {
                state.notice = Notice(Localized(
                    ru: "Только просмотр: вас нет в списке сотрудников, отмечать публикацию нельзя",
                    en: "Read-only: you are not on the staff, so you cannot mark replies posted"), role: .error, at: state.uptime)
                return []
            }
            guard entry.status != .sent else {
                state.notice = Notice(Localized(ru: "Этот ответ уже отмечен как опубликованный", en: "This reply is already marked posted"),
                                      role: .warning, at: state.uptime)
                return []
            }
            return [.replies(.markPosted(outboxID: entry.id))]
        case .copyAgain:
            guard let entry = outbox.selectedEntry else { return [] }
            state.notice = Notice(Localized(ru: "Текст ответа #\(entry.id) скопирован в буфер обмена",
                                            en: "Reply #\(entry.id) copied to the clipboard"), role: .ok, at: state.uptime)
            return [.replies(.copyToClipboard(entry.text))]
        default:
            break
        }
        return []
    }
}
