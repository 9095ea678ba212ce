import Foundation
import Testing

/// `dutydesk demo`, `dutydesk --demo` and `inbox --json` through the real binary.
@Suite struct DemoEndToEndTests {
    let dutydesk: DutyDeskBinary

    init() throws {
        dutydesk = try DutyDeskBinary(now: "2026-12-01T16:30:00Z")
    }

    @Test func demoTwiceLeavesTheInboxAsItWas() throws {
        let first = try dutydesk.run(["demo"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("70 items"))
        let inbox = try dutydesk.run(["inbox", "--json", "--status", "all"]).stdout
        let second = try dutydesk.run(["demo"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("nothing changed"))
        #expect(try dutydesk.run(["inbox", "--json", "--status", "all"]).stdout == inbox)
    }

    @Test func inboxJSONCarriesTheContractFields() throws {
        #expect(try dutydesk.run(["demo"]).status == 0)
        let items = try #require(try dutydesk.json(["inbox", "--json"]) as? [[String: Any]])
        #expect(items.count >= 30)
        for key in ["id", "page", "network", "kind", "author", "text", "arrived_at", "deadline_at",
                    "remaining_seconds", "status", "category", "read_by"] {
            #expect(items.allSatisfy { $0[key] != nil }, "every item has \(key)")
        }
        #expect(items.allSatisfy { ["message", "comment"].contains($0["kind"] as? String) })
        let remaining = items.compactMap { $0["remaining_seconds"] as? Int }
        #expect(remaining.contains { $0 < 0 })
        // Overdue first: deadlines never go backwards down the list.
        let deadlines = items.compactMap { $0["deadline_at"] as? String }
        #expect(deadlines == deadlines.sorted())
        #expect(items.allSatisfy { ($0["deadline_at"] as? String)?.hasSuffix("Z") ?? true })
    }

    @Test func humanInboxNeverPrintsControlCharacters() throws {
        #expect(try dutydesk.run(["demo"]).status == 0)
        let text = try dutydesk.run(["inbox", "--status", "all"]).stdout
        #expect(text.contains("␛]0;hacked␇"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func demoFlagUsesADatabaseBesideTheDefaultOne() throws {
        var fresh = dutydesk
        fresh.environment["DUTYDESK_DB"] = nil
        _ = try fresh.run(["--demo"])
        let folder = dutydesk.workspace.path + "/data/dutydesk"
        #expect(FileManager.default.fileExists(atPath: folder + "/dutydesk-demo.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/dutydesk.sqlite"))
    }

    @Test func actingAsAnotherStaffMemberIsAllowedOnTheDemoDatabase() throws {
        #expect(try dutydesk.run(["demo"]).status == 0)
        let result = try dutydesk.run(["whoami", "--as", "belova"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("okhta-vk: coordinator"))
    }
}
