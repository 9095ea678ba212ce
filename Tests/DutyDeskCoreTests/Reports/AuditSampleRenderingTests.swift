import Foundation
import Testing
@testable import DutyDeskCore

struct AuditSampleRenderingTests {
    static let start = QuarterTallyFixture.start

    static let sample = AuditSample(
        quarter: QuarterTallyFixture.quarter, seed: 42, perPage: 2, timeZoneIdentifier: "Europe/Moscow",
        generatedAt: start + 3_000_000, pages: [
            AuditSamplePage(pageID: "cbs-vk", pageName: "ЦБС — ВКонтакте", population: 7, entries: [
                AuditSampleEntry(
                    itemID: 12, channel: RequestChannel(network: .vk, kind: .comment), category: .renewal,
                    arrival: start + 36_000, deadline: start + 122_400, replyAt: start + 39_600, responseSeconds: 3600,
                    origin: .editedTemplate, templateIDs: ["renewal-done", "signature"], administrator: "ivanova",
                    incomingText: "=1+1, \"продлите\"\nпожалуйста\u{1B}[2J", replyText: "Здравствуйте!\nПродлено."),
            ]),
            AuditSamplePage(pageID: "okhta-vk", pageName: "Охтинская", population: 0, entries: []),
        ])

    @Test func csvReadsBackWithReaderTextIntact() throws {
        let records = try RFC4180.parse(AuditSampleCSV.render(Self.sample))
        #expect(records.count == 2)
        #expect(records[0] == AuditSampleCSV.header)
        let row = Dictionary(uniqueKeysWithValues: zip(records[0], records[1]))
        #expect(row["seed"] == "42")
        #expect(row["item_id"] == "12")
        #expect(row["channel"] == "vk.comment")
        #expect(row["standing"] == "on_time")
        #expect(row["reply_origin"] == "edited_template")
        #expect(row["template_ids"] == "renewal-done signature")
        #expect(row["response_seconds"] == "3600")
        // Commas, quotes and line breaks survive; a leading "=" is defused for spreadsheets and
        // an escape sequence made visible for terminals.
        #expect(row["incoming_text"] == "'=1+1, \"продлите\"\nпожалуйста␛[2J")
        #expect(row["reply_text"] == "Здравствуйте!\nПродлено.")
    }

    @Test func theAdministratorIsNamedAsInTheQuarterlyReport() {
        let entry = Self.sample.pages[0].entries[0]
        let named = AuditSampleEntry(
            itemID: entry.itemID, channel: entry.channel, category: entry.category, arrival: entry.arrival,
            deadline: entry.deadline, replyAt: entry.replyAt, responseSeconds: entry.responseSeconds, origin: .freeText,
            templateIDs: [], administrator: "ivanova", administratorName: "Иванова Анна",
            incomingText: entry.incomingText, replyText: entry.replyText)
        #expect(AuditSampleMarkdown.origin(named, .ru) == "Свободный текст (п. 6.8); ответил(а) Иванова Анна (ivanova)")
        #expect(AuditSampleMarkdown.origin(named, .en) == "Free text (6.8); by Иванова Анна (ivanova)")
        #expect(StaffLabel.text(username: "ivanova", name: "Иванова Анна") == "Иванова Анна (ivanova)")
    }

    @Test func markdownQuotesReaderTextSafely() {
        let text = AuditSampleMarkdown.render(Self.sample, language: .ru)
        #expect(text.contains("seed 42"))
        #expect(text.contains("--seed 42"))
        #expect(text.contains("## ЦБС — ВКонтакте (cbs-vk) — 1 из 7"))
        #expect(text.contains("Шаблон: renewal-done, signature (текст изменён); ответил(а) ivanova"))
        #expect(text.contains("> =1+1, \"продлите\"\n> пожалуйста␛[2J"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(text.contains("Отвеченных обращений за квартал нет."))
    }
}
