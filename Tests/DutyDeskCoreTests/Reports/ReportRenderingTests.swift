import Foundation
import Testing
@testable import DutyDeskCore

/// The report's CSV, Markdown and JSON carry the figures of `QuarterTallyFixture` faithfully.
struct ReportRenderingTests {
    let report = QuarterTallyFixture.report()

    @Test func csvReadsBackIntoTheFigures() throws {
        let text = QuarterReportCSV.render(report)
        #expect(text.hasSuffix("\r\n"))
        let records = try RFC4180.parse(text)
        #expect(records.first == ["quarter", "page", "section", "key", "value"])
        #expect(records.dropFirst().allSatisfy { $0.count == 5 && $0[0] == "2026Q4" })
        func value(_ page: String, _ section: String, _ key: String) -> String? {
            records.first { $0[1] == page && $0[2] == section && $0[3] == key }?[4]
        }
        #expect(value("a", "requests", "received") == "6")
        #expect(value("a", "requests", "items") == "5")
        #expect(value("a", "category", "consultation") == "2")
        #expect(value("a", "category", "unclassified") == "1")
        #expect(value("a", "channel", "vk.comment") == "3")
        #expect(value("a", "deadline", "on_time") == "2")
        #expect(value("a", "deadline", "judged") == "4")
        #expect(value("a", "deadline", "on_time_share_percent") == "50.0")
        #expect(value("c", "deadline", "on_time_share_percent") == "")
        #expect(value("a", "response_time_seconds", "median") == "7200")
        #expect(value("a", "response_time_seconds", "p90") == "36000")
        #expect(value("a", "overdue", "now") == "2")
        #expect(value("a", "overdue", "quarter") == "2")
        #expect(value("b", "answers", "edited_template") == "1")
        #expect(value("a", "blocks", "unspecified") == "1")
        #expect(value("a", "complaints", "escalated") == "1")
        #expect(value("a", "administrator_answered", "outside_dutydesk") == "1")
        #expect(value("all", "administrator_median_seconds", "ivanova") == "1800")
        #expect(value("all", "deadline", "on_time_share_percent") == "60.0")
        #expect(value("all", "week_received", "2026-09-28") == "5")
    }

    @Test func csvQuotesWhatNeedsQuoting() throws {
        let tricky = ["plain", "a,b", "say \"hi\"", "two\nlines", "crlf\r\nend", "", "Читатель «№ 1»"]
        let text = CSVText.record(tricky) + CSVText.record(["x"])
        #expect(try RFC4180.parse(text) == [tricky, ["x"]])
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.field("plain") == "plain")
    }

    @Test func readerTextCannotBecomeASpreadsheetFormula() {
        #expect(CSVText.untrusted("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")")
        #expect(CSVText.untrusted("+7 999") == "'+7 999")
        #expect(CSVText.untrusted("Здравствуйте") == "Здравствуйте")
    }

    @Test func markdownInRussianForTheQuarterlyReport() {
        let text = QuarterReportMarkdown.render(report, language: .ru)
        #expect(text.hasPrefix("# Статистика обслуживания пользователей в социальных сетях — IV квартал 2026 г.\n"))
        #expect(text.contains("Период: 01.10.2026 — 31.12.2026 (Europe/Moscow)."))
        // A pipe in a page name must not break the table.
        #expect(text.contains("## Страница «А» \\| ВКонтакте (a)"))
        #expect(text.contains("| Поступило обращений | 6 |"))
        #expect(text.contains("| Отвечено в срок (1 рабочий день, п. 6.2) | 2 из 4 (50,0 %) |"))
        #expect(text.contains("| Время ответа, рабочих часов: медиана | 2,0 |"))
        #expect(text.contains("| Время ответа, рабочих часов: 90-й процентиль | 10,0 |"))
        #expect(text.contains("| Иванова Анна (ivanova) | 1 | 1,0 |"))
        #expect(text.contains("| ответ вне dutydesk (автор неизвестен) | 1 | 2,0 |"))
        #expect(text.contains("| Не классифицировано | 1 |"))
        #expect(text.contains("## Итого по всем страницам"))
        #expect(text.contains("| Отвечено в срок (1 рабочий день, п. 6.2) | 3 из 5 (60,0 %) |"))
        #expect(text.contains("ближайшего ранга"))
        #expect(!text.contains("Answered"))
    }

    @Test func markdownInEnglishOnRequest() {
        let text = QuarterReportMarkdown.render(report, language: .en)
        #expect(text.contains("| Answered within the deadline (1 working day, 6.2) | 2 of 4 (50.0%) |"))
        #expect(text.contains("nearest-rank"))
        #expect(!text.contains("Поступило"))
    }

    @Test func jsonCarriesTheSameFigures() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(QuarterReportJSON.render(report).utf8)) as? [String: Any])
        #expect(object["quarter"] as? String == "2026Q4")
        #expect(object["from"] as? String == "2026-09-30T21:00:00Z")
        let pages = try #require(object["pages"] as? [[String: Any]])
        #expect(pages.map { $0["page"] as? String } == ["a", "b", "c"])
        let a = pages[0]
        #expect(a["requests"] as? Int == 6)
        #expect((a["deadline"] as? [String: Any])?["on_time_share"] as? Double == 0.5)
        #expect((a["response_time_seconds"] as? [String: Any])?["p90"] as? Int == 36_000)
        #expect((pages[2]["deadline"] as? [String: Any])?["on_time_share"] is NSNull)
        let overall = try #require(object["overall"] as? [String: Any])
        #expect(overall["page"] is NSNull)
        #expect(overall["requests"] as? Int == 8)
    }

    @Test func numbersForPeople() {
        #expect(ReportNumbers.hours(5400, .ru) == "1,5")
        #expect(ReportNumbers.hours(5400, .en) == "1.5")
        #expect(ReportNumbers.hours(0, .ru) == "0,0")
        // 1799 s is 0.4997 h: to the nearest tenth, 0.5.
        #expect(ReportNumbers.hours(1799, .en) == "0.5")
        #expect(ReportNumbers.hours(179, .en) == "0.0")
        #expect(ReportNumbers.percent(2, of: 4, .ru) == "50,0 %")
        #expect(ReportNumbers.percent(1, of: 3, .en) == "33.3%")
        #expect(ReportNumbers.percent(2, of: 3, .en) == "66.7%")
        #expect(ReportNumbers.percent(1, of: 0, .en) == "—")
        #expect(ReportNumbers.date(LocalDate(iso: "2026-10-01")!, .ru) == "01.10.2026")
    }
}
