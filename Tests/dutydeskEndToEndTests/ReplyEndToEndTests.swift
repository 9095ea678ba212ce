import Foundation
import Testing

/// `dutydesk reply`, `outbox` and `templates` through the real binary, on the demo database,
/// acting as the demo's `demo` (coordinator of cbs-vk), with the repository's own templates.
@Suite struct ReplyEndToEndTests {
    let dutydesk: DutyDeskBinary

    init() throws {
        dutydesk = try .replyingAsDemo()
    }

    func openItem(_ kind: String, page: String = "cbs-vk") throws -> Int {
        let items = try #require(try dutydesk.json(["inbox", "--json", "--page", page]) as? [[String: Any]])
        return try #require(items.first { $0["kind"] as? String == kind }?["id"] as? Int)
    }

    func item(_ id: Int) throws -> [String: Any]? {
        let items = try dutydesk.json(["inbox", "--json", "--status", "all"]) as? [[String: Any]]
        return items?.first { $0["id"] as? Int == id }
    }

    @Test func theForbiddenPhraseIsRefusedInACommentAndAcceptedInAPrivateMessage() throws {
        let text = "Здравствуйте! Ответили Вам в личку, посмотрите, пожалуйста."
        let comment = try openItem("comment")
        let refused = try dutydesk.run(["reply", String(comment), "--text", text, "--lang", "ru"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("п. 3.6 регламента"), "\(refused.stderr)")
        #expect(refused.stderr.contains("«Ответили Вам в личку»"), "\(refused.stderr)")
        #expect(try item(comment)?["status"] as? String == "open")

        let message = try openItem("message")
        let accepted = try dutydesk.run(["reply", String(message), "--text", text])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(try item(message)?["status"] as? String == "answered")
    }

    @Test func aTemplateReplyAnswersTheItemAndWaitsInTheOutboxUntilPosted() throws {
        let comment = try openItem("comment")
        let sent = try dutydesk.run(["reply", String(comment), "--template", "complaint-acknowledgement", "--json"])
        #expect(sent.status == 0, "\(sent.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(sent.stdout.utf8)) as? [String: Any])
        let outboxID = try #require(result["outbox_id"] as? Int)
        #expect(result["item_status"] as? String == "answered")
        #expect((result["text"] as? String)?.contains("Ваша жалоба передана руководителю отдела") == true)
        #expect(!sent.stdout.contains("\u{1B}]52"), "no clipboard sequence into a pipe")

        #expect(try item(comment)?["status"] as? String == "answered")
        let open = try #require(try dutydesk.json(["inbox", "--json"]) as? [[String: Any]])
        #expect(!open.contains { $0["id"] as? Int == comment })

        var outbox = try #require(try dutydesk.json(["outbox", "--json"]) as? [[String: Any]])
        #expect(outbox.first?["id"] as? Int == outboxID)
        #expect(outbox.first?["status"] as? String == "pending")
        #expect(outbox.first?["templates"] as? [String] == ["complaint-acknowledgement"])
        #expect(outbox.first?["edited"] as? Bool == false)
        #expect(outbox.first?["created_by"] as? String == "demo")

        #expect(try dutydesk.run(["outbox", "posted", String(outboxID)]).status == 0)
        outbox = try #require(try dutydesk.json(["outbox", "--json", "--status", "sent"]) as? [[String: Any]])
        #expect(outbox.map { $0["id"] as? Int } == [outboxID])
        #expect(outbox.first?["sent_at"] as? String == "2026-12-01T11:30:00Z")
        #expect(try dutydesk.run(["outbox", "posted", String(outboxID)]).status == 65)
    }

    @Test func unfilledFieldsNeedYesAndFilledOnesGoStraight() throws {
        let message = try openItem("message")
        let warned = try dutydesk.run(["reply", String(message), "--template", "renewal-done", "--lang", "en"])
        #expect(warned.status == 65)
        #expect(warned.stderr.contains("{{ask:Название издания}}") && warned.stderr.contains("--yes"), "\(warned.stderr)")
        let sent = try dutydesk.run(["reply", String(message), "--template", "renewal-done",
                                     "--set", "Название издания=Мастер и Маргарита", "--set", "Новый срок возврата=15 декабря"])
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout.contains("«Мастер и Маргарита» до 15 декабря"))
    }

    @Test func wrongItemsTemplatesAndRolesAreRefusedWithTheirExitCodes() throws {
        let comment = try openItem("comment")
        #expect(try dutydesk.run(["reply", String(comment), "--template", "no-such"]).status == 64)
        #expect(try dutydesk.run(["reply", String(comment), "--template", "renewal-done"]).status == 64,
                "a private-message template in a comment")
        #expect(try dutydesk.run(["reply", "999999", "--text", "Здравствуйте!"]).status == 64)
        #expect(try dutydesk.run(["reply", String(comment)]).status == 64)
        let outsider = try dutydesk.run(["reply", String(comment), "--text", "Здравствуйте!", "--as", "zaitseva"])
        #expect(outsider.status == 77, "\(outsider.stderr)")
        // A dry run is refused to the same person with the same status, not told "checks passed".
        let dryRun = try dutydesk.run(["reply", String(comment), "--text", "Здравствуйте!", "--as", "zaitseva", "--dry-run"])
        #expect(dryRun.status == 77, "\(dryRun.stderr)")
        #expect(dryRun.stdout.isEmpty, "\(dryRun.stdout)")
    }

    @Test func freeTextOnAnUnclassifiedItemNeedsACategory() throws {
        let items = try #require(try dutydesk.json(["inbox", "--json", "--page", "cbs-vk"]) as? [[String: Any]])
        let unclassified = try #require(items.first { $0["kind"] as? String == "message" && $0["category"] is NSNull }?["id"] as? Int)
        let refused = try dutydesk.run(["reply", String(unclassified), "--text", "Здравствуйте! Всё готово.", "--lang", "ru"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--category"), "\(refused.stderr)")
        #expect(refused.stderr.contains("consultation — Консультация") && refused.stderr.contains("renewal — Продление"),
                "\(refused.stderr)")
        #expect(try item(unclassified)?["status"] as? String == "open")
        let dryRun = try dutydesk.run(["reply", String(unclassified), "--text", "Здравствуйте! Всё готово.", "--dry-run"])
        #expect(dryRun.status == 64)
        // A template brings its own type; so does --category.
        let template = try dutydesk.run(["reply", String(unclassified), "--template", "renewal-done", "--yes", "--dry-run"])
        #expect(template.status == 0, "\(template.stderr)")
        let sent = try dutydesk.run(["reply", String(unclassified), "--text", "Здравствуйте! Всё готово.",
                                     "--category", "consultation"])
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(try item(unclassified)?["category"] as? String == "consultation")
    }

    @Test func aFieldTheTemplatesDoNotHaveIsRefusedNamingTheKnownOnes() throws {
        let message = try openItem("message")
        let bogus = try dutydesk.run(["reply", String(message), "--template", "renewal-done", "--set", "Bogus=1",
                                      "--dry-run", "--lang", "ru"])
        #expect(bogus.status == 64)
        #expect(bogus.stderr.contains("«Bogus»"), "\(bogus.stderr)")
        #expect(bogus.stderr.contains("«Название издания»") && bogus.stderr.contains("«Новый срок возврата»"), "\(bogus.stderr)")
        #expect(try item(message)?["status"] as? String == "open")
    }

    @Test func theForbiddenPhraseIsQuotedOnce() throws {
        let comment = try openItem("comment")
        let refused = try dutydesk.run(["reply", String(comment), "--text", "Здравствуйте! Ответим в личные сообщения.",
                                        "--lang", "ru"])
        #expect(refused.status == 65)
        #expect(refused.stderr.components(separatedBy: "«Ответим в личные сообщения»").count == 2, "\(refused.stderr)")
    }

    @Test func templatesCheckPassesTheShippedFolderAndNamesFileAndLineInABrokenCopy() throws {
        let good = try dutydesk.run(["templates", "check", DutyDeskBinary.shippedTemplates])
        #expect(good.status == 0, "\(good.stderr)")

        let copy = dutydesk.workspace.path + "/templates-copy"
        try FileManager.default.copyItem(atPath: DutyDeskBinary.shippedTemplates, toPath: copy)
        let file = copy + "/renewal-done.md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "{{ask:Новый срок возврата}}", with: "{{reader.surname}}")
            .write(toFile: file, atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "channels: [message]", with: "channels: [message, wall]")
            .replacingOccurrences(of: "id: renewal-done", with: "id: renewal-done-copy")
            .write(toFile: copy + "/renewal-done-copy.md", atomically: true, encoding: .utf8)
        let broken = try dutydesk.run(["templates", "check", copy, "--lang", "en"])
        #expect(broken.status == 65)
        #expect(broken.stderr.contains("\(copy)/renewal-done.md:12: unknown placeholder {{reader.surname}}"), "\(broken.stderr)")
        #expect(broken.stderr.contains("\(copy)/renewal-done-copy.md:5: channel \"wall\" does not exist"), "\(broken.stderr)")
    }

    @Test func templatesListSearchesLikeThePicker() throws {
        let listed = try #require(try dutydesk.json(["templates", "list", "--channel", "comment", "--search", "жалоб", "--json"])
            as? [[String: Any]])
        #expect(listed.first?["id"] as? String == "complaint-acknowledgement")
        let forComments = try #require(try dutydesk.json(["templates", "list", "--channel", "comment", "--json"]) as? [[String: Any]])
        #expect(!forComments.contains { $0["id"] as? String == "renewal-done" })
        #expect(forComments.count >= 25)
        let shown = try dutydesk.run(["templates", "show", "working-hours", "--item", String(try openItem("comment"))])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Центральная районная библиотека работает по следующему графику: пн–пт 10:00–21:00"),
                "\(shown.stdout)")
    }
}
