import Foundation
import Testing

/// The moderation commands on the real binary and a demo database (clock: Monday 2026-11-09,
/// 15:00 in Moscow). Staff: curator `orlova`; `demo` coordinator of cbs-vk and admin of
/// okhta-vk; `gromov` admin of cbs-vk and crb-tg; `fedorova` admin of okhta-vk and semya-vk.
struct ModerationEndToEndTests {
    static let rogozhin = "266901473"   // an off-topic comment on cbs-vk
    static let clause36 = "«Критические комментарии пользователей по профилю деятельности библиотеки, а не могут быть удалены или проигнорированы.»"

    func demo() throws -> DutyDeskBinary {
        let dutydesk = try DutyDeskBinary()
        #expect(try dutydesk.run(["demo"]).status == 0)
        return dutydesk
    }

    /// The id of the demo item written by this reader.
    func item(_ dutydesk: DutyDeskBinary, by author: String) throws -> String {
        let items = try dutydesk.json(["inbox", "--json", "--status", "all"]) as! [[String: Any]]
        let id = items.first { $0["author"] as? String == author }?["id"] as? Int
        return String(try #require(id, "no demo item by \(author)"))
    }

    func blocks(_ dutydesk: DutyDeskBinary, all: Bool = false) throws -> [[String: Any]] {
        try dutydesk.json(["blocks", "--json"] + (all ? ["--all"] : [])) as! [[String: Any]]
    }

    @Test func aBlockWithAReasonAndATermIsListedInBlocksJSONAndMarksTheInbox() throws {
        let dutydesk = try demo()
        let result = try dutydesk.run(["block", "cbs-vk", Self.rogozhin, "--reason", "offtopic", "--for", "7d",
                                       "--comment", "про дорогу", "--as", "gromov", "--yes"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Blocked: Виктор Рогожин (id 266901473) on page cbs-vk until 2026-11-16 15:00 (Europe/Moscow)"))
        let block = try #require(try blocks(dutydesk).first { $0["user_id"] as? Int == 266_901_473 })
        #expect(block["page"] as? String == "cbs-vk")
        #expect(block["reason"] as? String == "offtopic")
        #expect(block["reason_text"] as? String == "комментарии на темы, не относящиеся к профилю деятельности отдела")
        #expect(block["comment"] as? String == "про дорогу")
        #expect(block["from_at"] as? String == "2026-11-09T12:00:00Z")
        #expect(block["until_at"] as? String == "2026-11-16T12:00:00Z")
        #expect(block["remaining_seconds"] as? Int == 7 * 86_400)
        #expect(block["blocked_by"] as? String == "gromov")
        #expect(block["state"] as? String == "active")
        let inbox = try dutydesk.json(["inbox", "--json"]) as! [[String: Any]]
        #expect(inbox.last?["author"] as? String == "Виктор Рогожин")
        #expect(inbox.last?["author_blocked"] as? Bool == true)
        let text = try dutydesk.run(["blocks", "--lang", "ru", "--page", "cbs-vk"]).stdout
        // The reason's short name in the interface language; the code stays in --json.
        #expect(text.contains("Виктор Рогожин (id 266901473) · не по теме · до 2026-11-16 15:00 (Europe/Moscow), осталось 7 д 0 ч · gromov «про дорогу»"))
    }

    @Test func aBlockEndsByItselfAtItsEndToTheSecond() throws {
        var dutydesk = try demo()
        #expect(try dutydesk.run(["block", "cbs-vk", "42", "--reason", "spam", "--for", "12h", "--as", "demo", "--yes"]).status == 0)
        dutydesk.environment["DUTYDESK_NOW"] = "2026-11-09T23:59:59Z"
        #expect(try blocks(dutydesk).first { $0["user_id"] as? Int == 42 }?["remaining_seconds"] as? Int == 1)
        dutydesk.environment["DUTYDESK_NOW"] = "2026-11-10T00:00:00Z"
        #expect(try !blocks(dutydesk).contains { $0["user_id"] as? Int == 42 })
        let past = try #require(try blocks(dutydesk, all: true).first { $0["user_id"] as? Int == 42 })
        #expect(past["state"] as? String == "expired" && past["active"] as? Bool == false)
    }

    @Test func unblockUndoesABlockWithANote() throws {
        let dutydesk = try demo()
        #expect(try dutydesk.run(["block", "cbs-vk", "id42", "--reason", "insult", "--permanent", "--as", "demo", "--yes"]).status == 0)
        let result = try dutydesk.run(["unblock", "cbs-vk", "42", "--note", "извинился", "--as", "gromov"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try !blocks(dutydesk).contains { $0["user_id"] as? Int == 42 })
        let lifted = try #require(try blocks(dutydesk, all: true).first { $0["user_id"] as? Int == 42 })
        #expect(lifted["state"] as? String == "lifted" && lifted["unblocked_by"] as? String == "gromov")
        #expect(lifted["unblock_note"] as? String == "извинился" && lifted["permanent"] as? Bool == true)
        let again = try dutydesk.run(["unblock", "cbs-vk", "42", "--as", "gromov"])
        #expect(again.status == 65 && again.stderr.contains("not blocked"))
    }

    @Test func administratorsActOnlyOnTheirPages() throws {
        let dutydesk = try demo()
        let okhtaComplaint = try item(dutydesk, by: "Галина Воронцова")
        let okhtaItem = try item(dutydesk, by: "Анатолий Пестов")
        let refused: [[String]] = [
            ["block", "okhta-vk", "42", "--reason", "spam", "--permanent", "--yes"],
            ["unblock", "okhta-vk", "42"],
            ["close", okhtaItem, "--reason", "x", "--yes"],
            ["reopen", okhtaItem],
            ["delete", okhtaItem, "--reason", "spam", "--yes"],
            ["mark", okhtaItem, "--critical"],
            ["escalate", okhtaComplaint],
        ]
        for arguments in refused {
            let result = try dutydesk.run(arguments + ["--as", "gromov"])
            #expect(result.status == 77, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("on page okhta-vk: gromov has no role on this page"), "\(arguments): \(result.stderr)")
        }
        let stranger = try dutydesk.run(["block", "cbs-vk", "42", "--reason", "spam", "--permanent", "--yes", "--as", "stranger"])
        #expect(stranger.status == 77 && stranger.stderr.contains("not a staff member"))
        // The curator acts on every page.
        #expect(try dutydesk.run(["mark", okhtaItem, "--critical", "--as", "orlova"]).status == 0)
        #expect(try blocks(dutydesk).count == 4, "the demo's four blocks, nothing added")
    }

    @Test func criticalRemarksAndComplaintsAreNeitherDeletedNorClosedQuoting36() throws {
        let dutydesk = try demo()
        let critical = try item(dutydesk, by: "Андрей Колесников")
        let complaint = try item(dutydesk, by: "Галина Воронцова")
        let delete = try dutydesk.run(["delete", critical, "--reason", "insult", "--yes", "--as", "demo", "--lang", "ru"])
        #expect(delete.status == 65)
        #expect(delete.stderr.contains("Нельзя удалить") && delete.stderr.contains("п. 3.6 регламента: " + Self.clause36))
        for item in [critical, complaint] {
            let close = try dutydesk.run(["close", item, "--reason", "не нужно", "--yes", "--as", "orlova", "--lang", "ru"])
            #expect(close.status == 65)
            #expect(close.stderr.contains("Нельзя закрыть без ответа") && close.stderr.contains(Self.clause36))
        }
        // Refused before any confirmation is asked for, even without --yes.
        let unconfirmed = try dutydesk.run(["close", critical, "--reason", "x", "--as", "demo"])
        #expect(unconfirmed.status == 65 && unconfirmed.stderr.contains("regulation 3.6"))
        // Marking makes an ordinary item just as protected.
        let ordinary = try item(dutydesk, by: "Зинаида Фомичёва")
        #expect(try dutydesk.run(["mark", ordinary, "--complaint", "--as", "demo"]).stdout.contains("marked: complaint"))
        #expect(try dutydesk.run(["close", ordinary, "--reason", "x", "--yes", "--as", "demo"]).status == 65)
        #expect(try dutydesk.run(["mark", ordinary, "--complaint", "--unmark", "--as", "demo"]).status == 0)
        #expect(try dutydesk.run(["close", ordinary, "--reason", "x", "--yes", "--as", "demo"]).status == 0)
    }

    @Test func destructiveCommandsWantAConfirmationAndScriptsSayYes() throws {
        let dutydesk = try demo()
        let offtopic = try item(dutydesk, by: "Виктор Рогожин")
        for arguments in [["block", "cbs-vk", "42", "--reason", "spam", "--for", "1d"],
                          ["delete", offtopic, "--reason", "offtopic"],
                          ["close", offtopic, "--reason", "оффтоп"]] {
            let result = try dutydesk.run(arguments + ["--as", "demo"])
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("add --yes to confirm"), "\(arguments): \(result.stderr)")
        }
        #expect(try blocks(dutydesk).count == 4)
        let open = try dutydesk.json(["inbox", "--json"]) as! [[String: Any]]
        #expect(open.contains { String($0["id"] as! Int) == offtopic })
    }

    @Test func badTermsAndMissingReasonsAreUsageErrors() throws {
        let dutydesk = try demo()
        let cases: [([String], String)] = [
            (["block", "cbs-vk", "42", "--reason", "spam"], "Give the block term"),
            (["block", "cbs-vk", "42", "--reason", "spam", "--for", "2y"], "at most a year ahead"),
            (["block", "cbs-vk", "42", "--reason", "spam", "--for", "soon"], "Cannot read the term"),
            (["block", "cbs-vk", "42", "--reason", "spam", "--until", "2026-11-01"], "already passed"),
            (["block", "cbs-vk", "42", "--reason", "spam", "--for", "1d", "--permanent"], "one way only"),
            (["block", "cbs-vk", "42", "--for", "1d"], "insult — insulting library staff or users"),
            (["block", "cbs-vk", "someone", "--reason", "spam", "--for", "1d"], "is not a user id"),
            (["close", "abc", "--reason", "x"], "is not an item number"),
        ]
        for (arguments, message) in cases {
            let result = try dutydesk.run(arguments + ["--as", "demo", "--yes"])
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        let unknownReason = try dutydesk.run(["block", "cbs-vk", "42", "--reason", "rude", "--for", "1d", "--as", "demo"])
        #expect(unknownReason.status == 64)
        let noItem = try dutydesk.run(["close", "99999", "--reason", "x", "--yes", "--as", "demo"])
        #expect(noItem.status == 66 && noItem.stderr.contains("Item #99999 not found"))
        let noPage = try dutydesk.run(["block", "nowhere", "42", "--reason", "spam", "--for", "1d", "--yes", "--as", "demo"])
        #expect(noPage.status == 66)
    }

    @Test func deletingAnOffensiveCommentKeepsItsTextAndCanBlockTheAuthor() throws {
        let dutydesk = try demo()
        let offtopic = try item(dutydesk, by: "Виктор Рогожин")
        let noReason = try dutydesk.run(["delete", offtopic, "--yes", "--as", "demo"])
        #expect(noReason.status == 65 && noReason.stderr.contains("regulation 6.7"))
        let result = try dutydesk.run(["delete", offtopic, "--reason", "offtopic", "--block-for", "3d", "--yes", "--as", "demo"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("deleted, reason: offtopic"))
        #expect(result.stdout.contains("Item #\(offtopic) closed"))
        #expect(result.stdout.contains("Blocked: Виктор Рогожин (id 266901473) on page cbs-vk until 2026-11-12 15:00"))
        let closed = try dutydesk.json(["inbox", "--json", "--status", "closed"]) as! [[String: Any]]
        let entry = try #require(closed.first { String($0["id"] as! Int) == offtopic })
        #expect((entry["text"] as? String)?.contains("дорогу у метро") == true, "the text stays")
        #expect(try blocks(dutydesk).contains { $0["user_id"] as? Int == 266_901_473 && $0["reason"] as? String == "offtopic" })
        // The block belongs to the item's history, with the deletion.
        let history = try #require(try dutydesk.json(["audit", "log", "--json", "--item", offtopic, "--as", "orlova"])
            as? [[String: Any]])
        #expect(history.contains { $0["action"] as? String == "comment.delete" })
        #expect(history.contains { $0["action"] as? String == "block" && $0["item"] as? Int == Int(offtopic) })
        // Its only comment is deleted: reopening would leave nothing to answer (3.5).
        let reopen = try dutydesk.run(["reopen", offtopic, "--as", "demo"])
        #expect(reopen.status == 65 && reopen.stderr.contains("nothing to answer"), "\(reopen.stderr)")
        let privateMessage = try item(dutydesk, by: "Зинаида Фомичёва")
        let refused = try dutydesk.run(["delete", privateMessage, "--reason", "offtopic", "--yes", "--as", "demo"])
        #expect(refused.status == 65 && refused.stderr.contains("Only a comment can be deleted"))
    }

    @Test func closeAndReopen() throws {
        let dutydesk = try demo()
        let offtopic = try item(dutydesk, by: "Зинаида Фомичёва")
        #expect(try dutydesk.run(["close", offtopic, "--yes", "--as", "demo"]).status == 65, "a reason is required")
        let closed = try dutydesk.run(["close", offtopic, "--reason", "не по профилю", "--yes", "--as", "demo"])
        #expect(closed.status == 0 && closed.stdout.contains("closed without a reply: не по профилю"))
        #expect(try dutydesk.run(["close", offtopic, "--reason", "x", "--yes", "--as", "demo"]).status == 65)
        let reopened = try dutydesk.run(["reopen", offtopic, "--as", "gromov"])
        #expect(reopened.status == 0 && reopened.stdout.contains("reopened: waiting for a reply"))
        #expect(try dutydesk.run(["reopen", offtopic, "--as", "gromov"]).status == 65)
    }

    @Test func escalatingAComplaintWritesAndShowsTheMailAndPipesItToTheMailCommand() throws {
        var dutydesk = try demo()
        let complaint = try item(dutydesk, by: "Галина Воронцова")
        let received = dutydesk.workspace.path + "/sent.eml"
        dutydesk.environment["DUTYDESK_MAIL_COMMAND"] = "cat > '\(received)'"
        let result = try dutydesk.run(["escalate", complaint, "--as", "fedorova"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("To: Кузнецова М. А. <head-okhta@example.org>"))
        #expect(result.stdout.contains("Subject: Жалоба читателя (п. 3.7): Библиотека «Охтинская» — ВКонтакте, обращение #\(complaint)"))
        #expect(result.stdout.contains("> Почему на двери не написано"))
        #expect(result.stdout.contains("Sent with: cat > "))
        let folder = dutydesk.workspace.path + "/outbox-mail"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 1 && result.stdout.contains("Mail saved: \(folder)/\(files[0])"))
        #expect(try String(contentsOfFile: received, encoding: .utf8) == String(contentsOfFile: folder + "/" + files[0], encoding: .utf8))
        let inbox = try dutydesk.json(["inbox", "--json"]) as! [[String: Any]]
        #expect(inbox.first { String($0["id"] as! Int) == complaint }?["escalated"] as? Bool == true)
        #expect(try dutydesk.run(["escalate", complaint, "--as", "fedorova"]).status == 65, "once, unless --again")
        dutydesk.environment["DUTYDESK_MAIL_COMMAND"] = "cat >/dev/null; exit 1"
        let failed = try dutydesk.run(["escalate", complaint, "--again", "--as", "fedorova"])
        #expect(failed.status == 69 && failed.stderr.contains("send the file by hand"))
        let notAComplaint = try dutydesk.run(["escalate", try item(dutydesk, by: "Андрей Колесников"), "--as", "demo"])
        #expect(notAComplaint.status == 65 && notAComplaint.stderr.contains("regulation 3.7"))
    }
}
