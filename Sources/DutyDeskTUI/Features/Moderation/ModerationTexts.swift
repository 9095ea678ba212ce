import DutyDeskCore
import DutyDeskStore
import Foundation

/// How the moderation results read in the TUI.
enum ModerationTexts {
    /// "Виктор Рогожин (id 266901473)"; the name is a reader's, made terminal-safe.
    static func who(_ block: BlockRecord) -> String {
        let name = block.userName.map(TerminalSafeText.line) ?? ""
        return name.isEmpty ? "id \(block.userID)" : "\(name) (id \(block.userID))"
    }

    static func until(_ untilAt: Int64?, zone: TimeZone) -> Localized {
        guard let untilAt else { return Localized(ru: "навсегда", en: "permanently") }
        let text = LocalTimeText.local(Date(timeIntervalSince1970: TimeInterval(untilAt)), in: zone)
        return Localized(ru: "до \(text)", en: "until \(text)")
    }

    static func blocked(_ block: BlockRecord, zone: TimeZone) -> Localized {
        let end = until(block.untilAt, zone: zone)
        let reason = block.reason?.shortName ?? Localized(ru: "—", en: "—")
        return Localized(ru: "Заблокирован: \(who(block)) на \(block.pageID) \(end.ru), причина: \(reason.ru).",
                         en: "Blocked: \(who(block)) on \(block.pageID) \(end.en), reason: \(reason.en).")
    }

    static func unblocked(_ block: BlockRecord) -> Localized {
        Localized(ru: "Разблокирован: \(who(block)) на \(block.pageID).", en: "Unblocked: \(who(block)) on \(block.pageID).")
    }

    /// The regulation's wording of the reason (the code is English and stays in --json).
    static func reason(_ reason: BlockReason?) -> Localized {
        guard let reason else { return Localized(ru: "без кода регламента", en: "no regulation code") }
        return reason.wording
    }

    /// The ready e-mail, where it was written, whether the mail command took it.
    static func escalation(_ escalation: ModerationActions.Escalation) -> MessageBox {
        func same(_ text: String) -> Localized { Localized(ru: text, en: text) }
        let mail = escalation.mail
        var lines: [Localized] = [
            Localized(ru: "Кому: ", en: "To: ").appending(TerminalSafeText.line(mail.to)),
            Localized(ru: "Тема: ", en: "Subject: ").appending(TerminalSafeText.line(mail.subject)),
            same(""),
        ]
        lines += mail.body.split(separator: "\n", omittingEmptySubsequences: false).map { same(TerminalSafeText.line(String($0))) }
        lines.append(same(""))
        lines.append(Localized(ru: "Письмо сохранено: \(escalation.path)", en: "Mail saved: \(escalation.path)"))
        let role: StyleRole
        switch escalation.delivery {
        case .sent(let command)?:
            lines.append(Localized(ru: "Отправлено через: \(command)", en: "Sent with: \(command)"))
            role = .ok
        case .failed(let command, let reason)?:
            lines.append(Localized(ru: "Жалоба передана и записана, но письмо не отправлено (\(command): \(reason)); отправьте файл вручную.",
                                   en: "The escalation is recorded, but the mail was not sent (\(command): \(reason)); send the file by hand."))
            role = .warning
        case nil:
            lines.append(Localized(ru: "Команда отправки не настроена (DUTYDESK_MAIL_COMMAND); отправьте письмо из файла.",
                                   en: "No mail command is configured (DUTYDESK_MAIL_COMMAND); send the mail from the file."))
            role = .warning
        }
        return MessageBox(title: Localized(ru: "Жалоба передана руководителю (п. 3.7)", en: "Complaint escalated (3.7)"),
                          lines: lines, role: role)
    }
}

extension Localized {
    /// The same text appended to both languages (a name, an address).
    func appending(_ text: String) -> Localized {
        Localized(ru: ru + text, en: en + text)
    }
}
