import Foundation

/// The e-mail that passes a reader's complaint to the head of the page's department
/// (regulation 3.7), rendered from plain values: the Store gathers them, the CLI and the TUI
/// show the result, a sendmail-compatible command may send it.
///
/// Everything that came from readers or from the database is made terminal-safe (the mail is
/// shown on screen) and kept out of the headers' structure: names are encoded as RFC 2047
/// words, addresses must pass `EmailAddress.isPlausible`, and every quoted line of the reader's
/// text starts with "> ", so no line of it can end the message early for sendmail.
public struct EscalationMail: Sendable, Equatable {
    public struct ReaderMessage: Sendable, Equatable {
        public let sentAt: Date
        public let text: String

        public init(sentAt: Date, text: String) {
            self.sentAt = sentAt
            self.text = text
        }
    }

    public struct Facts: Sendable, Equatable {
        public var headName: String?
        public var headEmail: String
        public var departmentName: String
        public var pageName: String
        public var link: String
        public var itemID: Int64
        public var kind: ItemKind
        public var readerName: String
        public var readerID: Int64
        public var messages: [ReaderMessage]
        public var escalatedAt: Date
        public var escalatedByName: String
        public var escalatedByUsername: String
        /// The administrator's address, so the head can answer them directly.
        public var escalatedByEmail: String?
        public var timeZone: TimeZone

        public init(headName: String?, headEmail: String, departmentName: String, pageName: String, link: String,
                    itemID: Int64, kind: ItemKind, readerName: String, readerID: Int64, messages: [ReaderMessage],
                    escalatedAt: Date, escalatedByName: String, escalatedByUsername: String,
                    escalatedByEmail: String?, timeZone: TimeZone) {
            self.headName = headName
            self.headEmail = headEmail
            self.departmentName = departmentName
            self.pageName = pageName
            self.link = link
            self.itemID = itemID
            self.kind = kind
            self.readerName = readerName
            self.readerID = readerID
            self.messages = messages
            self.escalatedAt = escalatedAt
            self.escalatedByName = escalatedByName
            self.escalatedByUsername = escalatedByUsername
            self.escalatedByEmail = escalatedByEmail
            self.timeZone = timeZone
        }
    }

    public let to: String
    public let subject: String
    public let body: String
    /// The whole message for `sendmail -t`: headers, a blank line, the body.
    public let messageText: String

    public init(_ facts: Facts) {
        let safe = TerminalSafeText.line
        let headName = facts.headName.map(safe).flatMap { $0.isEmpty ? nil : $0 }
        to = headName.map { "\($0) <\(facts.headEmail)>" } ?? facts.headEmail
        subject = "Жалоба читателя (п. 3.7): \(safe(facts.pageName)), обращение #\(facts.itemID)"
        body = Self.body(facts)
        var headers = [
            "To: " + (headName.map { "\(MailHeader.encodedWord($0)) <\(facts.headEmail)>" } ?? facts.headEmail),
            "Subject: " + MailHeader.encodedWord(subject),
            "Date: " + MailHeader.date(facts.escalatedAt, in: facts.timeZone),
        ]
        if let replyTo = facts.escalatedByEmail, EmailAddress.isPlausible(replyTo) {
            headers.append("Reply-To: \(MailHeader.encodedWord(safe(facts.escalatedByName))) <\(replyTo)>")
        }
        headers += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"]
        messageText = headers.joined(separator: "\n") + "\n\n" + body
    }

    private static func body(_ facts: Facts) -> String {
        let safe = TerminalSafeText.line
        let zone = facts.timeZone
        let greeting = facts.headName.map { "Здравствуйте, \(safe($0))!" } ?? "Здравствуйте!"
        let place = facts.kind == .comment ? "комментарий на странице" : "личное сообщение странице"
        var lines = [
            greeting,
            "",
            "Согласно п. 3.7 регламента работы в социальных сетях передаём Вам жалобу читателя — "
                + "\(place) «\(safe(facts.pageName))» (\(safe(facts.departmentName))).",
            "",
            "Читатель: \(safe(facts.readerName)) (id \(facts.readerID))",
            "Страница: \(safe(facts.pageName))",
            "Ссылка: \(safe(facts.link))",
            "Обращение в dutydesk: #\(facts.itemID)",
        ]
        if let first = facts.messages.first {
            lines.append("Поступило: \(LocalTimeText.local(first.sentAt, in: zone)) (\(zone.identifier))")
        }
        lines += ["", "Текст обращения:"]
        for message in facts.messages {
            lines.append("")
            lines.append("[\(LocalTimeText.local(message.sentAt, in: zone))]")
            lines += TerminalSafeText.lines(message.text)
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { "> " + $0 }
        }
        lines += [
            "",
            "Ответ читателю даёт администратор страницы в установленный срок (п. 6.2).",
            "",
            "Передал(а): \(safe(facts.escalatedByName)) (\(safe(facts.escalatedByUsername))), "
                + "\(LocalTimeText.local(facts.escalatedAt, in: zone)) (\(zone.identifier))",
            "-- ",
            "Письмо подготовлено dutydesk.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Header encodings for the escalation mail.
enum MailHeader {
    /// RFC 2047 "=?UTF-8?B?…?=" words, folded so that no header line exceeds 78 characters.
    /// ASCII text without specials stays as it is.
    static func encodedWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F && !"=?\"".unicodeScalars.contains($0) }
        if plain { return text }
        var words: [String] = []
        var chunk = ""
        for character in text {
            // 39 bytes of UTF-8 become 52 characters of base64: 64 with the markers, so even
            // the first word after "Subject: " keeps its line within 78 characters.
            if chunk.utf8.count + String(character).utf8.count > 39 {
                words.append(word(chunk))
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: "\n ")
    }

    private static func word(_ text: String) -> String {
        "=?UTF-8?B?" + Data(text.utf8).base64EncodedString() + "?="
    }

    /// "Mon, 09 Nov 2026 15:00:00 +0300".
    static func date(_ instant: Date, in zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: instant)
    }
}
