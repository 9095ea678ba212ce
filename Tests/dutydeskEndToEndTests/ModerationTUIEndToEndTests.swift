import Foundation
import Testing

/// Moderation in the terminal, run for real in tmux on a demo database (clock: Monday
/// 2026-11-09, 15:00 in Moscow): keys in, screen text out, the database checked through the CLI.
/// `gromov` administers cbs-vk (Виктор Рогожин's off-topic comment); `demo` administers
/// okhta-vk (Галина Воронцова's complaint).
@Suite(.serialized) struct ModerationTUIEndToEndTests {
    let dutydesk: DutyDeskBinary

    init() throws {
        dutydesk = try DutyDeskBinary(now: "2026-11-09T12:00:00Z")
        #expect(try dutydesk.run(["demo"]).status == 0)
    }

    func start(as username: String) throws -> TmuxSession {
        try dutydesk.startTerminal(as: username)
    }

    /// Selects the item by this reader with the `/` search.
    func select(_ session: TmuxSession, author: String) throws {
        try session.send("/")
        try session.type(author)
        try session.send("Enter")
        try session.waitFor(text: "'\(author)': 1")
    }

    @Test func anAdministratorBlocksWithAReasonAndATermThenSeesItInPanelFiveAndInBlocksJSON() throws {
        let session = try start(as: "gromov")
        try select(session, author: "Рогожин")
        try session.send("b")
        try session.waitFor(text: "Reason (regulation 6.7):")
        try session.send("4")
        try session.send("Enter")
        try session.waitFor(text: "Term:")
        try session.send("Enter")   // the default term: 1 week
        try session.waitFor(text: "Comment (optional):")
        try session.type("про дорогу")
        try session.send("Enter")
        let confirm = try session.waitFor(text: "Block the author on page cbs-vk? y yes, n back")
        #expect(confirm.contains("Term: 1 week, until 2026-11-16 15:00 (Europe/Moscow)"))
        try session.send("y")
        try session.waitFor(text: "Blocked: Виктор Рогожин (id 266901473)")
        try session.send("5")
        let panel = try session.waitFor("the block in panel 5") { $0.contains("Виктор Рогожин") && $0.contains("7 d 0 h") }
        #expect(panel.contains("off-topic"))
        #expect(panel.contains("про дорогу"))
        #expect(panel.contains("2026-11-16 15:00"))
        #expect(panel.contains("Reason: comments on topics outside the department's remit"))
        try session.send("q")
        try session.waitFor(text: "EXIT=0")

        let blocks = try #require(try dutydesk.json(["blocks", "--json"]) as? [[String: Any]])
        let block = try #require(blocks.first { $0["user_id"] as? Int == 266_901_473 })
        #expect(block["page"] as? String == "cbs-vk")
        #expect(block["reason"] as? String == "offtopic")
        #expect(block["until_at"] as? String == "2026-11-16T12:00:00Z")
        #expect(block["comment"] as? String == "про дорогу")
        #expect(block["blocked_by"] as? String == "gromov")
    }

    @Test func closingAComplaintWithXIsRefusedQuotingTheClause() throws {
        let session = try start(as: "demo")
        try select(session, author: "Воронцова")
        try session.send("x")
        let screen = try session.waitFor(text: "Cannot close without a reply: a complaint must be answered")
        #expect(screen.contains("regulation 3.6"))
        #expect(screen.contains("Not allowed"))
        try session.send("Enter")
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
        let items = try #require(try dutydesk.json(["inbox", "--json"]) as? [[String: Any]])
        #expect(items.first { $0["author"] as? String == "Галина Воронцова" }?["status"] as? String == "open")
    }

    @Test func bangAndStarMarkTheSelectedItemInOneKey() throws {
        let session = try start(as: "gromov")
        try select(session, author: "Рогожин")
        try session.type("!")
        try session.waitFor(text: "marked: complaint.")
        try session.type("*")
        try session.waitFor(text: "marked: critical remark.")
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
        let items = try #require(try dutydesk.json(["inbox", "--json"]) as? [[String: Any]])
        let item = try #require(items.first { $0["author"] as? String == "Виктор Рогожин" })
        #expect(item["complaint"] as? Bool == true && item["critical"] as? Bool == true)
    }
}
