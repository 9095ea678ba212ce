import Foundation
import Testing
@testable import DutyDeskCore

struct EscalationMailTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!

    func facts(headName: String? = "Смирнова Е. В.", text: String = "Сотрудница нагрубила.",
               staffEmail: String? = "ivanova@example.org") -> EscalationMail.Facts {
        EscalationMail.Facts(
            headName: headName, headEmail: "head1@example.org", departmentName: "Библиотека № 1",
            pageName: "Библиотека № 1 — ВКонтакте", link: "https://vk.com/gim123456?sel=555001", itemID: 42,
            kind: .message, readerName: "Ольга Сидоренко", readerID: 555001,
            messages: [.init(sentAt: Date(timeIntervalSince1970: 1_762_696_800), text: text)],
            escalatedAt: Date(timeIntervalSince1970: 1_762_700_400), escalatedByName: "Иванова Анна",
            escalatedByUsername: "ivanova", escalatedByEmail: staffEmail, timeZone: moscow)
    }

    @Test func theMailSaysWhoWhatWhereAndWhen() {
        let mail = EscalationMail(facts())
        #expect(mail.to == "Смирнова Е. В. <head1@example.org>")
        #expect(mail.subject == "Жалоба читателя (п. 3.7): Библиотека № 1 — ВКонтакте, обращение #42")
        #expect(mail.body.hasPrefix("Здравствуйте, Смирнова Е. В.!\n"))
        for line in ["Читатель: Ольга Сидоренко (id 555001)", "Страница: Библиотека № 1 — ВКонтакте",
                     "Ссылка: https://vk.com/gim123456?sel=555001", "Обращение в dutydesk: #42",
                     "Поступило: 2025-11-09 17:00 (Europe/Moscow)", "[2025-11-09 17:00]", "> Сотрудница нагрубила.",
                     "Передал(а): Иванова Анна (ivanova), 2025-11-09 18:00 (Europe/Moscow)"] {
            #expect(mail.body.contains(line + "\n"), "\(line)")
        }
        #expect(mail.body.contains("личное сообщение странице «Библиотека № 1 — ВКонтакте» (Библиотека № 1)"))
    }

    @Test func theMessageTextHasHeadersForSendmailThenTheBody() throws {
        let mail = EscalationMail(facts())
        let parts = mail.messageText.components(separatedBy: "\n\n")
        let headers = parts[0].components(separatedBy: "\n")
        #expect(headers.contains("To: =?UTF-8?B?" + Data("Смирнова Е. В.".utf8).base64EncodedString() + "?= <head1@example.org>"))
        #expect(headers.contains("Date: Sun, 09 Nov 2025 18:00:00 +0300"))
        #expect(headers.contains("Content-Type: text/plain; charset=UTF-8"))
        #expect(headers.contains { $0.hasPrefix("Reply-To: =?UTF-8?B?") && $0.hasSuffix(" <ivanova@example.org>") })
        #expect(mail.messageText.hasSuffix(mail.body))
        #expect(Self.decodeSubject(headers: headers) == mail.subject)
    }

    @Test func aLongSubjectIsFoldedIntoShortEncodedWords() {
        var long = facts()
        long.pageName = String(repeating: "Очень длинное название страницы ", count: 4)
        let mail = EscalationMail(long)
        let headerBlock = mail.messageText.components(separatedBy: "\n\n")[0]
        for line in headerBlock.components(separatedBy: "\n") {
            #expect(line.count <= 78, "\(line)")
        }
        #expect(Self.decodeSubject(headers: headerBlock.components(separatedBy: "\n")) == mail.subject)
    }

    @Test func readersTextCannotReachTheTerminalOrEndTheMail() {
        let hostile = "\u{1B}]0;hacked\u{07}Привет\u{1B}[2J\n.\nBcc: evil@example.org\r\nконец"
        let mail = EscalationMail(facts(text: hostile))
        #expect(!mail.messageText.contains("\u{1B}"))
        #expect(!mail.messageText.contains("\u{07}"))
        #expect(mail.body.contains("> ␛]0;hacked␇Привет␛[2J\n> .\n> Bcc: evil@example.org\n> конец\n"))
        // No line of the body is a lone dot, and the injected header stays quoted in the body.
        #expect(!mail.messageText.components(separatedBy: "\n").contains("."))
        #expect(!mail.messageText.components(separatedBy: "\n\n")[0].contains("evil"))
    }

    @Test func namesFromTheDatabaseCannotAddHeaders() {
        let mail = EscalationMail(facts(headName: "Смирнова\nBcc: evil@example.org"))
        let headers = mail.messageText.components(separatedBy: "\n\n")[0]
        #expect(!headers.components(separatedBy: "\n").contains { $0.hasPrefix("Bcc:") })
    }

    @Test func withoutAHeadNameOrStaffAddressTheMailStillWorks() {
        let mail = EscalationMail(facts(headName: nil, staffEmail: "not an address"))
        #expect(mail.to == "head1@example.org")
        #expect(mail.body.hasPrefix("Здравствуйте!\n"))
        #expect(!mail.messageText.contains("Reply-To"))
        #expect(mail.messageText.hasPrefix("To: head1@example.org\n"))
    }

    /// Decodes a folded "Subject: =?UTF-8?B?…?=" header back to text.
    static func decodeSubject(headers: [String]) -> String? {
        guard let start = headers.firstIndex(where: { $0.hasPrefix("Subject: ") }) else { return nil }
        var words = [String(headers[start].dropFirst("Subject: ".count))]
        var index = start + 1
        while index < headers.count, headers[index].hasPrefix(" ") {
            words.append(String(headers[index].dropFirst()))
            index += 1
        }
        var bytes = Data()
        for word in words {
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?="),
                  let data = Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) else { return nil }
            bytes.append(data)
        }
        return String(data: bytes, encoding: .utf8)
    }
}

struct ItemLinkTests {
    @Test func vkConversationsAndCommentsGetPreciseLinks() {
        #expect(ItemLink.url(network: .vk, externalID: 123456, pageURL: "https://vk.com/club123456", kind: .message,
                             threadKey: "555001", postID: nil) == "https://vk.com/gim123456?sel=555001")
        #expect(ItemLink.url(network: .vk, externalID: 123456, pageURL: "https://vk.com/club123456", kind: .comment,
                             threadKey: "42:789", postID: 42) == "https://vk.com/wall-123456_42?reply=789")
        #expect(ItemLink.url(network: .vk, externalID: 123456, pageURL: "https://vk.com/club123456", kind: .comment,
                             threadKey: "42:demo3", postID: 42) == "https://vk.com/wall-123456_42")
    }

    @Test func otherwiseThePageItself() {
        #expect(ItemLink.url(network: .telegram, externalID: -100, pageURL: "https://t.me/lib1", kind: .message,
                             threadKey: "5876302119", postID: nil) == "https://t.me/lib1")
        #expect(ItemLink.url(network: .telegram, externalID: -100, pageURL: "https://t.me/lib1", kind: .comment,
                             threadKey: "x", postID: 311) == "https://t.me/lib1/311")
        #expect(ItemLink.url(network: .vk, externalID: 1, pageURL: "https://vk.com/club1", kind: .message,
                             threadKey: "not-a-peer", postID: nil) == "https://vk.com/club1")
    }
}
