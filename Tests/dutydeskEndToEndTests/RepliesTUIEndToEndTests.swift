import Foundation
import Testing

/// Replying in the terminal, run for real in tmux on the demo database as `demo` (coordinator
/// of cbs-vk) with the repository's templates: the picker, the composer, the checks, drafts
/// that survive a killed process, and the external editor. Results are read through the CLI.
@Suite(.serialized) struct RepliesTUIEndToEndTests {
    let dutydesk: DutyDeskBinary

    init() throws {
        dutydesk = try .replyingAsDemo()
    }

    func start(extra: [String: String] = [:]) throws -> TmuxSession {
        try dutydesk.startTerminal(zone: "UTC", extra: extra)
    }

    /// The first open item of that kind on cbs-vk: its id and author.
    func openItem(_ kind: String) throws -> (id: Int, author: String) {
        let items = try #require(try dutydesk.json(["inbox", "--json", "--page", "cbs-vk"]) as? [[String: Any]])
        let item = try #require(items.first { $0["kind"] as? String == kind })
        return (try #require(item["id"] as? Int), try #require(item["author"] as? String))
    }

    func status(_ id: Int) throws -> String? {
        let items = try dutydesk.json(["inbox", "--json", "--status", "all"]) as? [[String: Any]]
        return items?.first { $0["id"] as? Int == id }?["status"] as? String
    }

    /// Finds the item by its author, opens it and presses r.
    func reply(to item: (id: Int, author: String), in session: TmuxSession) throws {
        try session.send("/")
        try session.type(item.author)
        try session.send("Enter")
        try session.waitFor(text: "'\(item.author)': ")
        try session.send("Enter")
        try session.waitFor(text: "Read by")
        try session.send("r")
        try session.waitFor(text: "#\(item.id),")
    }

    @Test func aTemplateFoundByItsTitleIsFilledSentAndAnswersTheItem() throws {
        let item = try openItem("message")
        let session = try start()
        try reply(to: item, in: session)
        try session.waitFor(text: "Reply template")
        try session.type("продление выпол")
        try session.waitFor(text: "renewal-done ·")
        try session.send("Enter")
        try session.waitFor(text: "Templates: Продление выполнено")
        // Enter selected the first field: typing replaces it; the second stays unfilled.
        try session.type("Война и мир")
        try session.waitFor(text: "«Война и мир» до {{ask:Новый срок возврата}}")
        try session.send("F2")
        try session.waitFor(text: "Send anyway?")
        try session.send("y")
        try session.waitFor(text: "queued and copied to the clipboard")
        try session.send("q")
        try session.waitFor(text: "EXIT=0")

        #expect(try status(item.id) == "answered")
        let outbox = try #require(try dutydesk.json(["outbox", "--json"]) as? [[String: Any]])
        let entry = try #require(outbox.first { $0["item"] as? Int == item.id })
        #expect(entry["status"] as? String == "pending")
        #expect(entry["templates"] as? [String] == ["renewal-done"])
        #expect((entry["text"] as? String)?.contains("«Война и мир»") == true)
    }

    @Test func theReadersMessageIsShownInThePickerAndTheComposer() throws {
        let item = try openItem("message")
        let items = try #require(try dutydesk.json(["inbox", "--json", "--page", "cbs-vk"]) as? [[String: Any]])
        let text = try #require(items.first { $0["id"] as? Int == item.id }?["text"] as? String)
        // The first words: the pane wraps the rest at its own width.
        let opening = text.split(separator: " ").prefix(3).joined(separator: " ")
        let session = try start()
        try reply(to: item, in: session)
        try session.waitFor(text: "Reply template")
        var screen = try session.waitFor(text: item.author + ": " + opening)
        #expect(screen.contains("Search:"))
        try session.send("C-n")
        screen = try session.waitFor(text: "Templates: own words")
        #expect(screen.contains(item.author + ": " + opening))
        try session.send("C-c")
        try session.waitFor(text: "EXIT=0")
    }

    @Test func theForbiddenPhraseIsRefusedInACommentAndAcceptedInAPrivateMessage() throws {
        let text = "Здравствуйте! Ответили Вам в личку, посмотрите, пожалуйста."
        let comment = try openItem("comment")
        let message = try openItem("message")
        let session = try start()
        try reply(to: comment, in: session)
        try session.send("C-n")
        try session.waitFor(text: "Templates: own words")
        try session.type(text)
        try session.send("F2")
        try session.waitFor(text: "Reply not sent: regulation 3.6")
        try session.send("Escape")
        try session.waitFor(text: "Draft kept")
        try session.send("Escape")
        try session.send("Escape")
        #expect(try status(comment.id) == "open")

        try reply(to: message, in: session)
        try session.send("C-n")
        try session.type(text)
        try session.send("F2")
        try session.waitFor(text: "queued and copied to the clipboard")
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
        #expect(try status(message.id) == "answered")
        #expect(try status(comment.id) == "open")
    }

    @Test func aDraftSurvivesAKilledProcess() throws {
        let item = try openItem("comment")
        let first = try start()
        try reply(to: item, in: first)
        try first.send("C-n")
        try first.type("Черновик: уточнить наличие 👨‍👩‍👧 книги")
        try first.waitFor(text: "draft saved")
        let shell = first.panePID
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let pid = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
        #expect(kill(pid, SIGKILL) == 0)
        try first.waitFor(text: "EXIT=137")

        let second = try start()
        try reply(to: item, in: second)
        // tmux draws the family emoji as its three people; the words around it are what matter.
        let screen = try second.waitFor(text: "Черновик: уточнить наличие")
        #expect(screen.contains(" книги"))
        try second.send("C-c")
        try second.waitFor(text: "EXIT=0")
    }

    @Test func ctrlEEditsTheTextInTheEditorAndTheComposerShowsIt() throws {
        let script = try dutydesk.write("#!/bin/sh\necho 'Строка от редактора' >> \"$1\"\n", to: "editor.sh")
        #expect(chmod(script, 0o755) == 0)
        let item = try openItem("message")
        let session = try start(extra: ["EDITOR": script])
        try reply(to: item, in: session)
        try session.send("C-n")
        try session.type("Первая строка")
        try session.send("C-e")
        let screen = try session.waitFor(text: "Строка от редактора")
        #expect(screen.contains("Первая строка"))
        try session.send("C-c")
        try session.waitFor(text: "EXIT=0")
    }
}
