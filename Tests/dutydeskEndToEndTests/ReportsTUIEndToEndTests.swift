import Foundation
import Testing

/// The Reports panel (4) and the item history (h), run for real in tmux on the demo database,
/// as `demo` (coordinator of cbs-vk), with a fixed clock: the figures must be the ones
/// `dutydesk report quarter` prints for the same quarter and pages.
@Suite(.serialized) struct ReportsTUIEndToEndTests {
    let dutydesk: DutyDeskBinary

    init() throws {
        dutydesk = try DutyDeskBinary(now: "2026-11-09T12:00:00Z")
        #expect(try dutydesk.run(["demo"]).status == 0)
    }

    func start(width: Int = 100, height: Int = 30) throws -> TmuxSession {
        try dutydesk.startTerminal(as: "demo", arguments: ["--now", "2026-11-09T12:00:00Z"], width: width, height: height)
    }

    /// The overall received count of the quarter `report quarter` gives `demo`.
    func receivedByCLI() throws -> Int {
        let object = try #require(try dutydesk.json(["report", "quarter", "2026Q4", "--as", "demo", "--format", "json"])
            as? [String: Any])
        let overall = try #require(object["overall"] as? [String: Any])
        return try #require(overall["requests"] as? Int)
    }

    @Test func thePanelShowsTheQuartersFiguresAndAnItemsHistoryItsReadMark() throws {
        let received = try receivedByCLI()
        #expect(received > 0)
        let session = try start()
        try session.send("4")
        let screen = try session.waitFor(text: "Requests received: \(received) ")
        #expect(screen.contains("4 Reports · Q4 2026 · cbs-vk · as of 2026-11-09 15:00"))
        #expect(screen.contains("on time"))
        #expect(screen.contains("█"))
        #expect(screen.contains("By week from Mon 2026-09-28"))

        try session.send("1")
        try session.waitFor(text: "Enter open")
        try session.send("Enter")
        try session.waitFor(text: "Read by:")
        try session.send("h")
        let history = try session.waitFor(text: "read (3.4)")
        #expect(history.contains("History of item #"))
        #expect(history.contains("Mon 09.11.2026 15:00  Демидова К. (demo)  read (3.4)"))
        try session.send("Escape")
        try session.waitFor("the history closed") { !$0.contains("History of item #") }
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
    }

    @Test func aChangeByAnotherProcessIsCountedWhileThePanelIsShown() throws {
        let received = try receivedByCLI()
        let session = try start()
        try session.send("4")
        try session.waitFor(text: "Requests received: \(received) ")
        let event = #"{"type":"message_new","group_id":210000001,"event_id":"e2e-report-1","object":{"message":{"date":1794225000,"from_id":555000222,"peer_id":555000222,"conversation_message_id":1,"text":"Новый вопрос для отчёта"}}}"#
        let file = try dutydesk.write(event + "\n", to: "report-live.jsonl")
        let ingest = try dutydesk.run(["ingest", file])
        #expect(ingest.status == 0, "ingest: \(ingest.stderr)")
        #expect(try receivedByCLI() == received + 1)
        // Counted again within the panel's ten-second spacing (and the one-second change probe).
        try session.waitFor(text: "Requests received: \(received + 1) ", seconds: 15)
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
    }

    @Test func anAdministratorIsToldWhyAndTheScreenFitsSixtyByFifteen() throws {
        let session = try dutydesk.startTerminal(as: "gromov", width: 60, height: 15)
        try session.send("4")
        let screen = try session.waitFor(text: "not available")
        #expect(screen.contains("quarterly statistics (5.12)"))
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
    }
}
