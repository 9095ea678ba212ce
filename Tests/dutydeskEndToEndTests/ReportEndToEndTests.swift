import Foundation
import Testing

/// `report quarter`, `audit sample`, `audit log` and `bench report` through the real binary, on
/// the demo database (where `--as orlova` is the curator, `--as demo` coordinates cbs-vk, and
/// `--as fedorova` is only an admin).
@Suite struct ReportEndToEndTests {
    let dutydesk: DutyDeskBinary

    init() throws {
        dutydesk = try DutyDeskBinary(now: "2026-12-01T16:30:00Z")
        let demo = try dutydesk.run(["demo"])
        guard demo.status == 0 else { throw DutyDeskBinary.Failure("demo failed: \(demo.stderr)") }
    }

    @Test func theCuratorsQuarterlyReportIsRussianMarkdownForEveryPage() throws {
        let result = try dutydesk.run(["report", "quarter", "2026Q4", "--as", "orlova"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Статистика обслуживания пользователей в социальных сетях — IV квартал 2026 г."))
        for page in ["cbs-vk", "okhta-vk", "raduga-vk", "semya-vk", "crb-tg"] {
            #expect(result.stdout.contains("(\(page))"), "\(page)")
        }
        #expect(result.stdout.contains("## Итого по всем страницам"))
        #expect(result.stdout.contains("| Отвечено в срок (1 рабочий день, п. 6.2) |"))
        #expect(result.stdout.contains("ближайшего ранга"))
    }

    @Test func englishOnRequest() throws {
        let result = try dutydesk.run(["report", "quarter", "2026Q4", "--as", "orlova", "--lang", "en", "--page", "cbs-vk"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("| Requests received |"))
        #expect(!result.stdout.contains("## All pages"))
    }

    @Test func csvAndJSONCarryTheSameFigures() throws {
        let csv = try dutydesk.run(["report", "quarter", "2026Q4", "--as", "orlova", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let records = try CSVRecords.parse(csv.stdout)
        #expect(records.first == ["quarter", "page", "section", "key", "value"])
        let object = try #require(try dutydesk.json(["report", "quarter", "2026Q4", "--as", "orlova", "--format", "json"])
            as? [String: Any])
        let pages = try #require(object["pages"] as? [[String: Any]])
        let overall = try #require(object["overall"] as? [String: Any])
        func csvValue(_ page: String, _ section: String, _ key: String) -> Int? {
            records.first { $0[1] == page && $0[2] == section && $0[3] == key }.flatMap { Int($0[4]) }
        }
        #expect(csvValue("all", "requests", "received") == overall["requests"] as? Int)
        #expect((overall["requests"] as? Int ?? 0) > 0)
        // The total is the sum of the pages.
        #expect(pages.compactMap { $0["requests"] as? Int }.reduce(0, +) == overall["requests"] as? Int)
        for page in pages {
            let id = try #require(page["page"] as? String)
            #expect(csvValue(id, "requests", "received") == page["requests"] as? Int)
            #expect(csvValue(id, "overdue", "now") == page["overdue_now"] as? Int)
        }
        // "Overdue now" is the inbox's open items whose deadline has passed (all the demo's
        // clocks started this quarter).
        let inbox = try #require(try dutydesk.json(["inbox", "--json"]) as? [[String: Any]])
        let overdue = inbox.filter { ($0["deadline_at"] as? String).map { $0 < "2026-12-01T16:30:00Z" } ?? false }.count
        #expect(overdue > 0)
        #expect(overall["overdue_now"] as? Int == overdue)
    }

    @Test func aCoordinatorGetsTheirPagesAndIsRefusedOthers() throws {
        let own = try dutydesk.run(["report", "quarter", "2026Q4", "--as", "demo"])
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stdout.contains("(cbs-vk)"))
        #expect(!own.stdout.contains("(okhta-vk)"))
        let other = try dutydesk.run(["report", "quarter", "2026Q4", "--as", "demo", "--page", "okhta-vk"])
        #expect(other.status == 77)
        #expect(other.stderr.contains("okhta-vk"))
        let admin = try dutydesk.run(["report", "quarter", "2026Q4", "--as", "fedorova"])
        #expect(admin.status == 77)
    }

    @Test func badInputIsOneClearLine() throws {
        let quarter = try dutydesk.run(["report", "quarter", "2026Q5", "--as", "orlova"])
        #expect(quarter.status == 64)
        #expect(quarter.stderr.contains("2026Q5"))
        let page = try dutydesk.run(["report", "quarter", "2026Q4", "--as", "orlova", "--page", "nope"])
        #expect(page.status == 66)
        #expect(page.stderr.contains("nope"))
    }

    @Test func aQuarterThatHasNotBegunIsRefused() throws {
        let future = try dutydesk.run(["report", "quarter", "2027Q1", "--as", "orlova", "--lang", "ru"])
        #expect(future.status == 64)
        #expect(future.stdout.isEmpty)
        #expect(future.stderr.contains("Квартал 2027Q1 ещё не начался: текущий квартал — 2026Q4"), "\(future.stderr)")
        let english = try dutydesk.run(["report", "quarter", "2027Q1", "--as", "orlova", "--lang", "en"])
        #expect(english.status == 64)
        #expect(english.stderr.contains("Quarter 2027Q1 has not begun"), "\(english.stderr)")
        let sample = try dutydesk.run(["audit", "sample", "--quarter", "2027Q1", "--as", "orlova"])
        #expect(sample.status == 64)
        // The current quarter and the past ones still report.
        #expect(try dutydesk.run(["report", "quarter", "2026Q4", "--as", "orlova"]).status == 0)
        #expect(try dutydesk.run(["report", "quarter", "2026Q3", "--as", "orlova"]).status == 0)
    }

    @Test func theAuditSampleIsReproducibleForASeed() throws {
        let arguments = ["audit", "sample", "--quarter", "2026Q4", "--per-page", "3", "--as", "orlova"]
        let first = try dutydesk.run(arguments + ["--seed", "5"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("seed 5"))
        #expect(first.stdout.contains("**Ответ:**"))
        #expect(try dutydesk.run(arguments + ["--seed", "5"]).stdout == first.stdout)
        let others = try Set((6...9).map { try dutydesk.run(arguments + ["--seed", String($0)]).stdout })
        #expect(others.contains { $0.replacingOccurrences(of: "seed \\d", with: "", options: .regularExpression)
            != first.stdout.replacingOccurrences(of: "seed \\d", with: "", options: .regularExpression) })
        // Reader text never reaches the terminal raw.
        #expect(!first.stdout.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func theAuditSampleNamesAuthorsAsTheReportDoes() throws {
        let items = try #require(try dutydesk.json(["inbox", "--json", "--page", "cbs-vk"]) as? [[String: Any]])
        let message = try #require(items.first { $0["kind"] as? String == "message" }?["id"] as? Int)
        let reply = try dutydesk.run(["reply", String(message), "--text", "Здравствуйте! Продлили до 15 декабря.",
                                      "--category", "renewal", "--as", "demo"])
        #expect(reply.status == 0, "\(reply.stderr)")
        let sample = try dutydesk.run(["audit", "sample", "--quarter", "2026Q4", "--per-page", "100", "--seed", "1",
                                       "--as", "orlova", "--lang", "ru"])
        #expect(sample.status == 0, "\(sample.stderr)")
        #expect(sample.stdout.contains("Свободный текст (п. 6.8); ответил(а) Демидова Ксения (demo)"), "\(sample.stdout)")
        let report = try dutydesk.run(["report", "quarter", "2026Q4", "--as", "orlova", "--page", "cbs-vk"])
        #expect(report.stdout.contains("Демидова Ксения (demo)"))
    }

    @Test func theAuditSampleAsCSVReadsBack() throws {
        let result = try dutydesk.run(["audit", "sample", "--quarter", "2026Q4", "--per-page", "2", "--seed", "11",
                                       "--format", "csv", "--as", "orlova"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try CSVRecords.parse(result.stdout)
        #expect(records.first?.first == "quarter")
        #expect(records.count > 1)
        #expect(records.dropFirst().allSatisfy { $0.count == records[0].count && $0[1] == "11" })
    }

    @Test func onlyTheCuratorDrawsASample() throws {
        let result = try dutydesk.run(["audit", "sample", "--quarter", "2026Q4", "--as", "demo"])
        #expect(result.status == 77)
        #expect(result.stdout.isEmpty)
    }

    @Test func theAuditLogRecordsTheSampleAndIsFiltered() throws {
        _ = try dutydesk.run(["audit", "sample", "--quarter", "2026Q4", "--per-page", "1", "--seed", "99", "--as", "orlova"])
        let all = try #require(try dutydesk.json(["audit", "log", "--json", "--as", "orlova"]) as? [[String: Any]])
        let sample = try #require(all.first { $0["action"] as? String == "audit.sample" })
        #expect(sample["actor"] as? String == "orlova")
        #expect((sample["details"] as? [String: Any])?["seed"] as? String == "99")
        #expect(all.contains { $0["action"] as? String == "demo.seed" })
        let byWho = try #require(try dutydesk.json(["audit", "log", "--json", "--who", "orlova", "--as", "orlova"]) as? [[String: Any]])
        #expect(byWho.allSatisfy { $0["actor"] as? String == "orlova" } && !byWho.isEmpty)
        let since = try #require(try dutydesk.json(["audit", "log", "--json", "--since", "2027-01-01", "--as", "orlova"])
            as? [[String: Any]])
        #expect(since.isEmpty)
        // A coordinator sees only their pages' entries: none of these organisation-wide ones.
        let coordinator = try #require(try dutydesk.json(["audit", "log", "--json", "--as", "demo"]) as? [[String: Any]])
        #expect(coordinator.allSatisfy { ["cbs-vk", "okhta-vk"].contains($0["page"] as? String ?? "") })
        let human = try dutydesk.run(["audit", "log", "--as", "orlova", "--limit", "1"])
        #expect(human.status == 0)
        #expect(human.stdout.contains("audit.sample") && human.stdout.contains("seed=99"))
        #expect(human.stdout.split(separator: "\n").count == 1)
        let refused = try dutydesk.run(["audit", "log", "--as", "fedorova", "--page", "cbs-vk"])
        #expect(refused.status == 77)
    }

    @Test func theAuditLogShowsLocalTimesAndWordsInTheSessionsLanguage() throws {
        let block = try dutydesk.run(["block", "cbs-vk", "266901473", "--reason", "offtopic", "--for", "7d", "--yes",
                                      "--as", "demo"])
        #expect(block.status == 0, "\(block.stderr)")
        let russian = try dutydesk.run(["audit", "log", "--as", "orlova", "--limit", "1", "--lang", "ru"])
        #expect(russian.status == 0, "\(russian.stderr)")
        #expect(russian.stdout.contains("term=7 дней"), "\(russian.stdout)")
        #expect(russian.stdout.contains("reason=не по теме"))
        #expect(russian.stdout.contains("until=2026-12-08 19:30"))
        #expect(!russian.stdout.contains("2026-12-08T16:30:00Z"))
        let english = try dutydesk.run(["audit", "log", "--as", "orlova", "--limit", "1", "--lang", "en"])
        #expect(english.stdout.contains("term=7 days"), "\(english.stdout)")
        // JSON keeps the raw values.
        let json = try #require(try dutydesk.json(["audit", "log", "--json", "--as", "orlova", "--limit", "1"]) as? [[String: Any]])
        let details = try #require(json.first?["details"] as? [String: Any])
        #expect(details["term"] as? String == "7 days" && details["until"] as? String == "2026-12-08T16:30:00Z")
    }

    @Test func anUnknownUserOrItemIsRefusedAndAKnownOneWithoutEntriesIsNot() throws {
        let nobody = try dutydesk.run(["audit", "log", "--who", "nobody", "--as", "orlova"])
        #expect(nobody.status == 66)
        #expect(nobody.stderr.contains("nobody") && nobody.stdout.isEmpty)
        let noItem = try dutydesk.run(["audit", "log", "--item", "999999", "--as", "orlova", "--lang", "en"])
        #expect(noItem.status == 66)
        #expect(noItem.stderr.contains("#999999"), "\(noItem.stderr)")
        // Staff who did nothing yet: the no-entries line, exit 0.
        let quiet = try dutydesk.run(["audit", "log", "--who", "sergeev", "--as", "orlova", "--lang", "en"])
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(quiet.stdout.contains("No entries."))
    }

    @Test func theBenchmarkPrintsItsFigures() throws {
        let result = try dutydesk.run(["bench", "report", "--items", "3000", "--pages", "5", "--runs", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["items"] as? Int == 3000)
        #expect((object["requests"] as? Int ?? 0) > 3000)
        #expect((object["seconds"] as? [Double])?.count == 1)
        #expect(object["target_seconds"] as? Int == 2)
    }
}
