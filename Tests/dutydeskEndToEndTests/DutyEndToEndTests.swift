import Foundation
import Testing

/// `dutydesk duty …` through the real binary on the demo database (Tuesday 2026-11-10, 12:30
/// in Moscow): generate → show, role refusals with their exit codes, the .ics read back, the
/// notice in Russian.
@Suite struct DutyEndToEndTests {
    let dutydesk: DutyDeskBinary

    init() throws {
        dutydesk = try DutyDeskBinary(now: "2026-11-10T09:30:00Z")
        let demo = try dutydesk.run(["demo"])
        #expect(demo.status == 0, "\(demo.stderr)")
    }

    func weeks(_ arguments: [String]) throws -> [[String: Any]] {
        try #require(try dutydesk.json(["duty", "show", "--json"] + arguments) as? [[String: Any]])
    }

    func shifts(of week: [String: Any]) -> [[String: Any]] {
        (week["days"] as? [[String: Any]] ?? []).flatMap { $0["shifts"] as? [[String: Any]] ?? [] }
    }

    @Test func generateThenShow() throws {
        let preview = try #require(try dutydesk.json(["duty", "generate", "--page", "okhta-vk", "--from", "2026-11-16",
                                                      "--to", "2026-11-22", "--split", "15:00", "--json"]) as? [String: Any])
        #expect(preview["applied"] as? Bool == false)
        #expect(preview["fair"] as? Bool == true)
        let proposed = try #require(preview["shifts"] as? [[String: Any]])
        #expect(proposed.count == 10, "Tue–Sat, two shifts a day")
        #expect(try weeks(["--page", "okhta-vk", "--week", "2026-11-16"]).first.map(shifts)?.isEmpty == true,
                "a preview writes nothing")

        let applied = try dutydesk.run(["duty", "generate", "--page", "okhta-vk", "--from", "2026-11-16", "--to", "2026-11-22",
                                        "--split", "15:00", "--apply", "--as", "belova"])
        #expect(applied.status == 0, "\(applied.stderr)")
        let week = try #require(try weeks(["--page", "okhta-vk", "--week", "2026-11-18"]).first)
        #expect(week["week_start"] as? String == "2026-11-16")
        let shown = shifts(of: week)
        #expect(shown.map { $0["username"] as? String } == proposed.map { $0["username"] as? String })
        #expect(shown.allSatisfy { $0["origin"] as? String == "rotation" })
        let days = try #require(week["days"] as? [[String: Any]])
        #expect(days.allSatisfy { ($0["gaps"] as? [Any])?.isEmpty == true })
        #expect(days.first?["day_kind"] as? String == "weeklyClosed")

        let text = try dutydesk.run(["duty", "show", "--page", "okhta-vk", "--lang", "ru"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("▶ вт 10.11.2026  11:00–14:00, 15:00–19:00"))
        #expect(text.stdout.contains("← сейчас"))
        #expect(text.stdout.contains("Сейчас дежурит: "))
    }

    /// Someone of the page's team with no shift (on any page) overlapping `shift`.
    func freeColleague(for shift: [String: Any], among team: [String]) throws -> String? {
        let all = try weeks([]).flatMap(shifts)
        let start = shift["starts_at"] as! String, end = shift["ends_at"] as! String
        return team.first { person in
            person != shift["username"] as? String && !all.contains {
                $0["username"] as? String == person && ($0["starts_at"] as! String) < end && start < ($0["ends_at"] as! String)
            }
        }
    }

    @Test func theCoordinatorReassignsAndAnAdministratorIsRefused() throws {
        let week = try #require(try weeks(["--page", "okhta-vk"]).first)
        let wednesday = try #require(shifts(of: week).first { $0["starts_local"] as? String == "2026-11-11 11:00" })
        let id = String(try #require(wednesday["id"] as? Int))
        let other = try #require(try freeColleague(for: wednesday, among: ["belova", "demo", "fedorova"]))

        let refused = try dutydesk.run(["duty", "assign", "--shift", id, "--to", other, "--as", "fedorova", "--lang", "ru"])
        #expect(refused.status == 77)
        #expect(refused.stderr.contains("Нет прав изменять график дежурств на странице okhta-vk"))
        #expect(refused.stderr.contains("п. 6.1 Регламента"))
        #expect(refused.stderr.contains("Координатор сообщества обязан организовать дежурства администраторов"))
        #expect(shifts(of: try #require(try weeks(["--page", "okhta-vk"]).first))
                    .first { $0["id"] as? Int == Int(id) }?["username"] as? String == wednesday["username"] as? String)

        let done = try dutydesk.run(["duty", "assign", "--shift", id, "--to", other, "--as", "belova", "--json"])
        #expect(done.status == 0, "\(done.stderr)")
        let after = try #require(try weeks(["--page", "okhta-vk"]).first)
        #expect(shifts(of: after).first { $0["id"] as? Int == Int(id) }?["username"] as? String == other)

        // The administrator sees the schedule read-only, and why; the coordinator may edit it.
        let asAdmin = try #require(try weeks(["--page", "okhta-vk", "--as", "fedorova"]).first)
        #expect(asAdmin["editable"] as? Bool == false)
        #expect((asAdmin["read_only_reason"] as? String)?.contains("6.1") == true)
        let asBelova = try #require(try weeks(["--page", "okhta-vk", "--as", "belova"]).first)
        #expect(asBelova["editable"] as? Bool == true && asBelova["read_only_reason"] is NSNull)
    }

    @Test func exitCodesForBadDataAndBadUsage() throws {
        #expect(try dutydesk.run(["duty", "assign", "--shift", "999999", "--to", "demo", "--as", "belova"]).status == 65)
        #expect(try dutydesk.run(["duty", "generate", "--page", "nope", "--from", "2026-11-16", "--to", "2026-11-22"]).status == 65)
        #expect(try dutydesk.run(["duty", "generate", "--page", "okhta-vk", "--from", "16/11/2026", "--to", "2026-11-22"]).status == 64)
        #expect(try dutydesk.run(["duty", "generate", "--page", "okhta-vk", "--from", "2026-11-16", "--to", "2026-11-22",
                                  "--split", "25:00"]).status == 64)
        #expect(try dutydesk.run(["duty", "move", "--shift", "1"]).status == 64)
        #expect(try dutydesk.run(["duty", "ics", "--person", "demo", "--page", "cbs-vk"]).status == 64)
        // Whoever is on crb-tg on Wednesday morning cannot also be put on cbs-vk then.
        let crb = try #require(try weeks(["--page", "crb-tg"]).first.map(shifts)?
            .first { $0["starts_local"] as? String == "2026-11-11 10:00" })
        let overlap = try dutydesk.run(["duty", "add", "--page", "cbs-vk", "--person", crb["username"] as! String,
                                        "--start", "2026-11-11T11:00", "--end", "12:00", "--as", "demo", "--lang", "en"])
        #expect(overlap.status == 65)
        #expect(overlap.stderr.contains("already has a shift then: crb-tg"))
        // The person by name, the username in brackets.
        let name = try #require(["lebedeva": "Лебедева Алина", "gromov": "Громов Павел", "sergeev": "Сергеев Кирилл",
                                 "demo": "Демидова Ксения"][crb["username"] as! String])
        #expect(overlap.stderr.contains("\(name) (\(crb["username"] as! String)) already has a shift then"))
    }

    @Test func aRotationFromTodayOrEarlierIsRefused() throws {
        // It is Tuesday 10 November: today's shifts have started, earlier ones are history.
        for from in ["2026-11-10", "2026-11-02", "02.11.2026"] {
            let refused = try dutydesk.run(["duty", "generate", "--page", "okhta-vk", "--from", from, "--to", "2026-11-22",
                                            "--as", "belova", "--apply", "--lang", "ru"])
            #expect(refused.status == 65, "\(from): \(refused.stderr)")
            #expect(refused.stderr.contains("Самое раннее — с 11.11.2026"), "\(refused.stderr)")
        }
        let tomorrow = try dutydesk.run(["duty", "generate", "--page", "okhta-vk", "--from", "11.11.2026", "--to", "2026-11-22"])
        #expect(tomorrow.status == 0, "\(tomorrow.stderr)")
    }

    @Test func swapAndAbsenceWithSuggestions() throws {
        let week = try #require(try weeks(["--page", "okhta-vk"]).first)
        let thursday = shifts(of: week).filter { ($0["starts_local"] as? String)?.hasPrefix("2026-11-12") == true }
        try #require(thursday.count == 2)
        let swap = try dutydesk.run(["duty", "swap", "--shift", String(thursday[0]["id"] as! Int),
                                     "--with", String(thursday[1]["id"] as! Int), "--as", "belova", "--json"])
        #expect(swap.status == 0, "\(swap.stderr)")
        let swapped = try #require(try JSONSerialization.jsonObject(with: Data(swap.stdout.utf8)) as? [String: Any])
        let pair = try #require(swapped["shifts"] as? [[String: Any]])
        #expect(pair.map { $0["username"] as? String } == [thursday[1]["username"] as? String, thursday[0]["username"] as? String])

        let absence = try #require(try dutydesk.json(["duty", "absence", "--person", "fedorova", "--from", "2026-11-13",
                                                      "--to", "2026-11-14", "--reason", "sick_leave", "--as", "belova",
                                                      "--json"]) as? [String: Any])
        let affected = try #require(absence["affected"] as? [[String: Any]])
        #expect(!affected.isEmpty)
        for item in affected {
            #expect((item["candidates"] as? [String])?.contains("fedorova") == false)
        }
        let refused = try dutydesk.run(["duty", "absence", "--person", "fedorova", "--from", "2026-11-13",
                                        "--to", "2026-11-14", "--as", "gromov"])
        #expect(refused.status == 77)
    }

    @Test func gapsAreListedAsJSON() throws {
        let none = try #require(try dutydesk.json(["duty", "gaps", "--page", "okhta-vk", "--from", "2026-11-10",
                                                   "--to", "2026-11-14", "--json"]) as? [Any])
        #expect(none.isEmpty)
        let nextWeek = try #require(try dutydesk.json(["duty", "gaps", "--page", "okhta-vk", "--from", "2026-11-16",
                                                       "--to", "2026-11-16", "--json"]) as? [[String: Any]])
        #expect(nextWeek.isEmpty, "Monday is okhta's day off")
        let tuesday = try #require(try dutydesk.json(["duty", "gaps", "--page", "okhta-vk", "--from", "2026-11-17",
                                                      "--to", "2026-11-17", "--json"]) as? [[String: Any]])
        #expect(tuesday.map { $0["starts_local"] as? String } == ["2026-11-17 11:00", "2026-11-17 15:00"],
                "the lunch break splits the unscheduled day")
        #expect(tuesday.allSatisfy { Set($0.keys) == ["page", "starts_at", "ends_at", "starts_local", "ends_local", "seconds"] })
    }

    @Test func icsParsesBackToTheShifts() throws {
        let week = try #require(try weeks(["--page", "cbs-vk"]).first)
        let own = shifts(of: week).filter { $0["username"] as? String == "gromov" }
        let file = dutydesk.workspace.path + "/gromov.ics"
        let result = try dutydesk.run(["duty", "ics", "--person", "gromov", "--from", "2026-11-09", "--to", "2026-11-15",
                                       "--output", file, "--lang", "ru"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let events = try ICalendarLines.events(text)
        let onCBS = events.filter { $0["SUMMARY"]?.contains("ЦБС") == true }
        #expect(onCBS.count == own.count)
        for (event, shift) in zip(onCBS, own) {
            #expect(event["UID"] == "dutydesk-shift-\(shift["id"] as! Int)@dutydesk")
            #expect(event["DTSTART"].map(ICalendarLines.isoFromBasic) == shift["starts_at"] as? String)
            #expect(event["DTEND"].map(ICalendarLines.isoFromBasic) == shift["ends_at"] as? String)
            #expect(event["DESCRIPTION"]?.contains("Громов Павел") == true)
        }
        #expect(events.allSatisfy { $0["DTSTAMP"] == "20261110T093000Z" })
    }

    @Test func theNoticeIsInRussian() throws {
        let week = try #require(try weeks(["--page", "okhta-vk"]).first)
        let shift = try #require(shifts(of: week).first { $0["starts_local"] as? String == "2026-11-13 15:00" })
        let id = String(shift["id"] as! Int)
        #expect(try dutydesk.run(["duty", "move", "--shift", id, "--start", "16:00", "--end", "19:00", "--as", "belova"]).status == 0)
        let notice = try dutydesk.run(["duty", "notice", "--since", "2026-11-10"])
        #expect(notice.status == 0)
        #expect(notice.stdout.hasPrefix("Тема: изменения в графике дежурств администраторов страниц с 10.11.2026"))
        #expect(notice.stdout.contains("дежурство перенесено с 13.11.2026 (пт) 15:00–19:00 на 13.11.2026 (пт) 16:00–19:00."))
        #expect(notice.stdout.contains("(п. 5.15 Регламента)"))
        #expect(notice.stdout.contains("Кто внёс изменения: Белова Ирина."))
        // The Russian way of writing the date works as well.
        let dotted = try dutydesk.run(["duty", "notice", "--since", "10.11.2026"])
        #expect(dotted.status == 0 && dotted.stdout == notice.stdout, "\(dotted.stderr)")
        let english = try dutydesk.run(["duty", "notice", "--since", "2026-11-10", "--lang", "en"])
        #expect(english.stdout.contains("shift moved from 2026-11-13 (Fri) 15:00–19:00 to 2026-11-13 (Fri) 16:00–19:00."))
    }
}

/// Just enough RFC 5545 reading to check the export: CRLF lines, unfolding, text unescaping.
enum ICalendarLines {
    struct Problem: Error, CustomStringConvertible { let description: String }

    static func events(_ text: String) throws -> [[String: String]] {
        guard text.hasSuffix("\r\n"), !text.replacingOccurrences(of: "\r\n", with: "").contains("\n") else {
            throw Problem(description: "lines must end in CRLF")
        }
        let physical = text.components(separatedBy: "\r\n").dropLast()
        if let long = physical.first(where: { $0.utf8.count > 75 }) { throw Problem(description: "over 75 octets: \(long)") }
        var events: [[String: String]] = []
        var current: [String: String]?
        for line in text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n") where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw Problem(description: "no colon: \(line)") }
            let name = String(line[..<colon]), value = String(line[line.index(after: colon)...])
            if line == "BEGIN:VEVENT" { current = [:]; continue }
            if line == "END:VEVENT", let event = current { events.append(event); current = nil; continue }
            current?[name] = value.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\,", with: ",")
                .replacingOccurrences(of: "\\;", with: ";").replacingOccurrences(of: "\\\\", with: "\\")
        }
        return events
    }

    /// `20261110T070000Z` → `2026-11-10T07:00:00Z`, the JSON form.
    static func isoFromBasic(_ basic: String) -> String {
        let c = Array(basic)
        return "\(String(c[0..<4]))-\(String(c[4..<6]))-\(String(c[6..<8]))T\(String(c[9..<11])):\(String(c[11..<13])):\(String(c[13..<15]))Z"
    }
}
