import Foundation
import GRDB
import Testing

/// `dutydesk ingest` as a script or an operator runs it: exit status and summary line, standard
/// input, --follow through appends, truncation and rotation, signals, kill -9, and other
/// processes on the same database.
@Suite struct IngestEndToEndTests {
    static let organisation = """
        timezone: Europe/Moscow
        departments:
          - id: lib1
            name: "Библиотека № 1"
            holidays: none
            hours: { mon: ["10:00-20:00"], tue: ["10:00-20:00"], wed: ["10:00-20:00"], thu: ["10:00-20:00"], fri: ["10:00-20:00"], sat: ["11:00-18:00"] }
        pages:
          - { id: lib1-vk, network: vk, external_id: 123456, name: "Библиотека № 1 — ВКонтакте", url: "https://vk.com/club123456", department: lib1 }
          - { id: lib1-tg, network: telegram, external_id: -1001234567890, discussion_chat_id: -1009876543210, name: "Библиотека № 1 — Telegram", url: "https://t.me/lib1", department: lib1 }
        staff:
          - { username: curator, name: "Куратор", roles: { "*": curator } }
        """

    let dutydesk: DutyDeskBinary

    init() throws {
        dutydesk = try DutyDeskBinary()
        let file = try dutydesk.write(Self.organisation, to: "organisation.yaml")
        let imported = try dutydesk.run(["setup", "import", file])
        guard imported.status == 0 else { throw DutyDeskBinary.Failure("import failed: \(imported.stderr)") }
    }

    /// The Store tests' fixture files, written from the published formats.
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../DutyDeskStoreTests/Ingest/Fixtures/\(name).jsonl").standardized.path
    }

    /// `count` distinct VK private messages (one reader each), as lines.
    static func messageLines(_ count: Int, from first: Int = 0, prefix: String = "e") -> String {
        (first..<first + count).map { n in
            #"{"type":"message_new","group_id":123456,"event_id":"\#(prefix)\#(n)","v":"5.199","object":{"message":{"id":\#(n),"date":\#(1_794_225_600 + n),"peer_id":\#(9_000_000 + n),"from_id":\#(9_000_000 + n),"text":"Вопрос № \#(n) 📚","conversation_message_id":1,"out":0},"client_info":{"lang_id":0}}}"# + "\n"
        }.joined()
    }

    private func lastLine(_ text: String) -> String {
        text.split(separator: "\n").last.map(String.init) ?? ""
    }

    // MARK: Exit status and the summary line

    @Test func badLinesAreReportedAndTheRunExits65AfterStoringTheGoodOnes() throws {
        let result = try dutydesk.run(["ingest", Self.fixture("bad-lines")])
        #expect(result.status == 65)
        #expect(lastLine(result.stdout) == "ingested 2, duplicates 0, rejected 9")
        let path = Self.fixture("bad-lines")
        #expect(result.stderr.contains("\(path):5: rejected: object.message.peer_id: missing"))
        #expect(result.stderr.contains("\(path):7: rejected: VK group 999 is not any page's group; VK pages: lib1-vk (123456)"))
        #expect(result.stderr.split(separator: "\n").count == 9)
        #expect(try DatabaseProbe(dutydesk.databasePath).count("quarantine") == 9)
    }

    @Test func aCleanFileExitsZeroAndTheSecondRunFindsOnlyDuplicates() throws {
        let first = try dutydesk.run(["ingest", "--format", "vk", Self.fixture("vk-private")])
        #expect(first.status == 0)
        #expect(first.stdout == "ingested 5, duplicates 2, rejected 0\n")
        let second = try dutydesk.run(["ingest", Self.fixture("vk-private")])
        #expect(second.status == 0)
        #expect(second.stdout == "ingested 0, duplicates 7, rejected 0\n")
    }

    @Test func readsStandardInputWithADashOrNoFile() throws {
        let lines = try String(contentsOfFile: Self.fixture("telegram"), encoding: .utf8)
        let dash = try dutydesk.run(["ingest", "--page", "lib1-tg", "-"], stdin: lines)
        #expect(dash.status == 0)
        #expect(lastLine(dash.stdout) == "ingested 7, duplicates 0, rejected 0")
        let implicit = try dutydesk.run(["ingest", "--page", "lib1-tg"], stdin: lines)
        #expect(lastLine(implicit.stdout) == "ingested 0, duplicates 7, rejected 0")
    }

    @Test func rejectionsNeverPutControlCharactersOnTheTerminal() throws {
        let line = #"{"type":"\u001b]0;owned\u0007\u001b[2J","group_id":123456,"event_id":"x","object":{}}"#
        let result = try dutydesk.run(["ingest", "-"], stdin: line + "\n")
        #expect(result.status == 65)
        #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(result.stderr.contains("␛]0;owned␇␛[2J"))
    }

    @Test func anUnknownPageOrFileIsRefusedBeforeReading() throws {
        let page = try dutydesk.run(["ingest", "--page", "nope", Self.fixture("vk-private")])
        #expect(page.status == 64)
        #expect(page.stderr.contains("nope"))
        #expect(page.stderr.contains("lib1-vk, lib1-tg") || page.stderr.contains("lib1-tg, lib1-vk"))
        let network = try dutydesk.run(["ingest", "--format", "vk", "--page", "lib1-tg", Self.fixture("vk-private")])
        #expect(network.status == 64)
        let missing = try dutydesk.run(["ingest", dutydesk.workspace.path + "/missing.jsonl"])
        #expect(missing.status == 66)
    }

    // MARK: --follow and signals

    @Test func followIngestsAppendsThroughTruncationAndRotationUntilSIGTERM() throws {
        let feed = dutydesk.workspace.path + "/feed.jsonl"
        try Self.messageLines(1, from: 0).write(toFile: feed, atomically: false, encoding: .utf8)
        let running = try RunningDutyDesk(dutydesk, ["ingest", "--follow", feed])
        let probe = try DatabaseProbe(dutydesk.databasePath)
        // The design target is well under a second; the deadline leaves room for a busy machine.
        #expect(try probe.waitFor(messages: 1, within: 3))

        try append(Self.messageLines(1, from: 1), to: feed)
        #expect(try probe.waitFor(messages: 2, within: 3))

        // copytruncate: the file is emptied in place and written again from its start.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: feed))
        try handle.truncate(atOffset: 0)
        try handle.close()
        try append(Self.messageLines(1, from: 2), to: feed)
        #expect(try probe.waitFor(messages: 3, within: 3))

        // Rotation: renamed away, a new file under the old name.
        try FileManager.default.moveItem(atPath: feed, toPath: feed + ".1")
        try Self.messageLines(1, from: 3).write(toFile: feed, atomically: false, encoding: .utf8)
        #expect(try probe.waitFor(messages: 4, within: 3))

        let result = try running.stop(signal: SIGTERM)
        #expect(result.status == 0)
        #expect(lastLine(result.stdout) == "ingested 4, duplicates 0, rejected 0")
    }

    @Test func sigintStopsCleanlyAndEveryLineCountedIsStored() throws {
        let feed = dutydesk.workspace.path + "/burst.jsonl"
        try Self.messageLines(3000).write(toFile: feed, atomically: false, encoding: .utf8)
        let running = try RunningDutyDesk(dutydesk, ["ingest", "--follow", feed])
        let probe = try DatabaseProbe(dutydesk.databasePath)
        #expect(try probe.waitFor(messages: 1, within: 10))
        let result = try running.stop(signal: SIGINT)
        #expect(result.status == 0)
        let summary = lastLine(result.stdout)
        let stored = try probe.count("messages")
        #expect(summary == "ingested \(stored), duplicates 0, rejected 0")
        // What the stopped run had not read, a run without --follow stores now.
        let rest = try dutydesk.run(["ingest", feed])
        #expect(rest.stdout == "ingested \(3000 - stored), duplicates \(stored), rejected 0\n")
    }

    // MARK: Crash safety and other processes

    @Test func killNineMidwayLeavesAConsistentDatabaseAndARerunStoresTheRest() throws {
        let total = 12_000
        let feed = dutydesk.workspace.path + "/large.jsonl"
        try Self.messageLines(total).write(toFile: feed, atomically: false, encoding: .utf8)
        let running = try RunningDutyDesk(dutydesk, ["ingest", feed])
        let probe = try DatabaseProbe(dutydesk.databasePath)
        #expect(try probe.waitFor(messages: 1, within: 20))
        running.kill()
        let afterKill = try probe.count("events")
        #expect(afterKill > 0 && afterKill < total, "killed after \(afterKill) of \(total) events")
        #expect(try probe.integrityCheck() == "ok")
        #expect(try probe.count("messages") == afterKill)

        let rerun = try dutydesk.run(["ingest", feed])
        #expect(rerun.status == 0)
        #expect(rerun.stdout == "ingested \(total - afterKill), duplicates \(afterKill), rejected 0\n")
        #expect(try probe.integrityCheck() == "ok")
        #expect(try probe.count("events") == total)
        #expect(try probe.count("messages") == total)
        #expect(try probe.count("items") == total)
    }

    @Test func twoIngestsAndAReaderShareTheDatabaseWithoutLocking() throws {
        let first = dutydesk.workspace.path + "/first.jsonl"
        let second = dutydesk.workspace.path + "/second.jsonl"
        try Self.messageLines(3000, from: 0, prefix: "a").write(toFile: first, atomically: false, encoding: .utf8)
        try Self.messageLines(3000, from: 3000, prefix: "b").write(toFile: second, atomically: false, encoding: .utf8)
        let a = try RunningDutyDesk(dutydesk, ["ingest", first])
        let b = try RunningDutyDesk(dutydesk, ["ingest", second])
        var reads = 0
        while a.isRunning || b.isRunning {
            let inbox = try dutydesk.run(["inbox", "--json"])
            #expect(inbox.status == 0, "\(inbox.stderr)")
            reads += 1
        }
        let resultA = try a.wait(), resultB = try b.wait()
        #expect(resultA.status == 0, "\(resultA.stderr)")
        #expect(resultB.status == 0, "\(resultB.stderr)")
        #expect(!(resultA.stderr + resultB.stderr).contains("locked"))
        #expect(resultA.stdout == "ingested 3000, duplicates 0, rejected 0\n")
        #expect(resultB.stdout == "ingested 3000, duplicates 0, rejected 0\n")
        #expect(try DatabaseProbe(dutydesk.databasePath).count("messages") == 6000)
        #expect(reads > 0)
    }

    private func append(_ text: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }
}
