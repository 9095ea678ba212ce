import Foundation
import Testing

/// The terminal inbox, run for real in tmux (TERM=tmux-256color, LANG=C.UTF-8, a fixed clock):
/// keys in, screen text out, the database checked through the CLI.
@Suite(.serialized) struct InboxTUIEndToEndTests {
    let dutydesk: DutyDeskBinary

    init() throws {
        dutydesk = try DutyDeskBinary(now: "2026-11-09T12:00:00Z")
        #expect(try dutydesk.run(["demo"]).status == 0)
    }

    func start(_ arguments: [String] = [], width: Int = 100, height: Int = 30) throws -> TmuxSession {
        try dutydesk.startTerminal(as: "demo", arguments: arguments, width: width, height: height)
    }

    @Test func openingAnItemMarksItReadForInboxJSON() throws {
        let session = try start()
        try session.send("/")
        try session.type("Сидоренко")
        try session.send("Enter")
        try session.waitFor(text: "'Сидоренко': 1")
        try session.send("Enter")
        try session.waitFor(text: "Read by: Демидова К.")
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
        let items = try #require(try dutydesk.json(["inbox", "--json"]) as? [[String: Any]])
        let item = try #require(items.first { ($0["author"] as? String) == "Ольга Сидоренко" })
        #expect(item["read_by"] as? [String] == ["demo"])
    }

    @Test func resizingBelowTheMinimumAndBackKeepsWorking() throws {
        let session = try start()
        try session.send("j", "j")
        try session.resize(width: 50, height: 12)
        try session.waitFor(text: "too small: 50×12")
        try session.resize(width: 100, height: 30)
        let screen = try session.waitFor(text: "Enter open")
        #expect(screen.contains("▸"))
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
    }

    @Test func anItemIngestedByAnotherProcessAppears() throws {
        let session = try start()
        try session.waitFor(text: "unread 35")
        let event = #"{"type":"message_new","group_id":210000001,"event_id":"e2e-live-1","object":{"message":{"date":1794225000,"from_id":555000111,"peer_id":555000111,"conversation_message_id":1,"text":"Новое сообщение из другого процесса"}}}"#
        let file = try dutydesk.write(event + "\n", to: "live.jsonl")
        let started = Date()
        let ingest = try dutydesk.run(["ingest", file])
        #expect(ingest.status == 0, "ingest: \(ingest.stderr)")
        // Within two seconds the counters (and the list) have it.
        try session.waitFor(text: "unread 36", seconds: 2.5)
        #expect(Date().timeIntervalSince(started) < 2.5)
        try session.send("/")
        try session.type("другого процесса")
        try session.send("Enter")
        try session.waitFor(text: "'другого процесса': 1")
        try session.send("Enter")
        try session.waitFor(text: "Новое сообщение из другого процесса")
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
    }

    @Test func escapeSequencesInAMessageChangeNeitherTheTitleNorTheScreen() throws {
        let session = try start()
        let title = session.paneTitle
        try session.send("/")
        try session.type("Шалимов")
        try session.send("Enter")
        try session.waitFor(text: "'Шалимов': 1")
        try session.send("Enter")
        let screen = try session.waitFor("the opened thread") { $0.contains("Esc/← back") && $0.contains("Read by") }
        #expect(screen.contains("▶ Евгений Шалимов"))
        #expect(screen.contains("␛]0;hacked␇Здравствуйте␛[2J!"))
        #expect(screen.hasPrefix(" dutydesk"))        // ESC [2J did not clear the header away
        #expect(session.paneTitle == title)
        #expect(session.paneTitle != "hacked")
        try session.send("Escape", "q")
        try session.waitFor(text: "EXIT=0")
    }

    @Test func sigtermAndCtrlCRestoreTheTerminal() throws {
        let session = try start()
        try session.send("C-c")
        try session.waitFor(text: "EXIT=0")
        #expect(!session.screen.contains("Enter open"))   // the full-screen mode is gone

        let second = try start()
        let shell = second.panePID
        let child = try #require(try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            .split(separator: " ").first.map(String.init))
        kill(pid_t(child)!, SIGTERM)
        try second.waitFor(text: "EXIT=143")
        #expect(!second.screen.contains("Enter open"))
    }

    @Test func withoutATerminalItSaysSoInOneLine() throws {
        let result = try dutydesk.run([])
        #expect(result.status != 0)
        #expect(result.stderr.contains("needs a terminal"))
        #expect(result.stderr.contains("snapshot"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func snapshotDrawsTheSameScreenAsTextAndWritesNothing() throws {
        let before = try dutydesk.run(["inbox", "--json"]).stdout
        let result = try dutydesk.run(["snapshot", "--width", "100", "--height", "30", "--keys", "j Enter"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 30)
        #expect(result.stdout.contains("Esc/← back"))
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B })
        #expect(try dutydesk.run(["inbox", "--json"]).stdout == before)
    }
}
