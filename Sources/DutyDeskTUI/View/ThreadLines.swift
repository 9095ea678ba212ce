import DutyDeskCore
import DutyDeskStore

/// One line of an opened thread, already wrapped to the screen and made terminal-safe.
public struct ThreadLine: Equatable, Sendable {
    public let text: String
    public let role: StyleRole
}

/// Lays a thread out as lines: each message's author and time, then its text, oldest first.
/// Used by the view to draw and by `update` to know how far the thread scrolls.
public enum ThreadLines {
    static let indent = "  "

    public static func build(_ thread: InboxThread, width: Int, session: Session) -> [ThreadLine] {
        let language = session.language
        let textWidth = max(width - 2 - indent.count, 10)
        var lines: [ThreadLine] = []
        for message in thread.messages {
            let when = session.localClock.dateTimeText(message.sentAt, language: language)
            let edited = message.editedAt.map { _ in Localized(ru: " · изменено", en: " · edited").text(language) } ?? ""
            let meta: String
            let role: StyleRole
            switch message.direction {
            case .incoming:
                meta = "▶ " + Words.author(message.authorName, language) + " · " + when + edited
                role = .unread
            case .outgoing:
                let who = Words.author(message.answeredBy ?? message.authorName, language)
                meta = "◀ " + Localized(ru: "Ответ страницы — \(who)", en: "Page's reply — \(who)").text(language)
                    + " · " + when + edited
                role = .ok
            }
            lines.append(ThreadLine(text: TextFitting.truncate(" " + meta, to: width - 1), role: role))
            if message.deletedAt != nil {
                // A regulation code reads as its short name; anything else (VK's own) as stored.
                let reason = message.deleteReason.map { code in
                    ": " + (BlockReason(rawValue: code)?.shortName.text(language) ?? TerminalSafeText.line(code))
                } ?? ""
                lines.append(ThreadLine(text: indent + Localized(ru: "[удалено\(reason)]", en: "[deleted\(reason)]").text(language),
                                        role: .warning))
            }
            for line in TextFitting.wrap(TerminalSafeText.lines(message.text), width: textWidth) {
                lines.append(ThreadLine(text: " " + indent + line, role: .normal))
            }
            lines.append(ThreadLine(text: "", role: .normal))
        }
        if thread.messages.isEmpty {
            lines.append(ThreadLine(text: " " + Localized(ru: "В этой ветке нет сообщений.", en: "This thread has no messages.")
                .text(language), role: .muted))
        }
        return lines
    }
}
