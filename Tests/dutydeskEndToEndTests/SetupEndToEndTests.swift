import Foundation
import Testing

/// `setup import` / `setup export` through the real binary, on a real database file.
@Suite struct SetupEndToEndTests {
    static let organisation = DeadlineEndToEndTests.organisation

    let dutydesk: DutyDeskBinary

    init() throws {
        dutydesk = try DutyDeskBinary()
    }

    @Test func exportedFileImportsBackToTheSameExport() throws {
        let file = try dutydesk.write(Self.organisation, to: "org.yaml")
        #expect(try dutydesk.run(["setup", "import", file]).status == 0)
        let first = try dutydesk.run(["setup", "export"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("Календарь L1"))
        let again = try dutydesk.write(first.stdout, to: "exported.yaml")
        #expect(try dutydesk.run(["setup", "import", again]).status == 0)
        #expect(try dutydesk.run(["setup", "export"]).stdout == first.stdout)
    }

    @Test(arguments: [
        ("sat: [\"11:00-18:00\"]", "sat: [\"11:00-25:00\"]", "25:00"),
        ("sat: [\"11:00-18:00\"]", "sut: [\"11:00-18:00\"]", "sut"),
        ("sat: [\"11:00-18:00\"]", "sat: [\"18:00-11:00\"]", "18:00-11:00"),
        ("sat: [\"11:00-18:00\"]", "sat: [\"11:00-15:00\", \"14:00-18:00\"]", "overlap"),
        ("timezone: Europe/Berlin", "timezone: Europe/Atlantis", "Europe/Atlantis"),
        ("department: l2 }", "department: l9 }", "l9"),
        ("roles: { \"*\": curator }", "roles: { \"*\": superuser }", "superuser"),
    ])
    func invalidFileIsRefusedWholeNamingFileAndLine(original: String, broken: String, mentioned: String) throws {
        let good = try dutydesk.write(Self.organisation, to: "good.yaml")
        #expect(try dutydesk.run(["setup", "import", good]).status == 0)
        let before = try dutydesk.run(["setup", "export"]).stdout

        // Rename a department too, so a half-import would show in the export.
        let text = Self.organisation.replacingOccurrences(of: original, with: broken)
            .replacingOccurrences(of: "\"Календарь L1\"", with: "\"Переименовано\"")
        #expect(text != Self.organisation.replacingOccurrences(of: "\"Календарь L1\"", with: "\"Переименовано\""))
        let bad = try dutydesk.write(text, to: "bad.yaml")
        let result = try dutydesk.run(["setup", "import", bad])
        #expect(result.status == 65)
        let brokenLine = text.components(separatedBy: "\n").firstIndex { $0.contains(broken) }.map { $0 + 1 }
        let firstLine = try #require(result.stderr.split(separator: "\n").first)
        #expect(firstLine.contains("bad.yaml:\(brokenLine ?? -1)"), "\(result.stderr)")
        #expect(result.stderr.contains(mentioned), "\(result.stderr)")
        #expect(try dutydesk.run(["setup", "export"]).stdout == before)
    }

    @Test func missingFileIsOneClearLine() throws {
        let result = try dutydesk.run(["setup", "import", "no-such.yaml"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no-such.yaml"))
    }

    @Test(.enabled(if: getuid() == 0, "--as on a real database needs root"))
    func onlyTheCuratorReimportsOnceStaffExists() throws {
        // Root may act as anyone (it can change the file anyway); so show the rule with --as on
        // a staff member who is not the curator, which root is allowed to use.
        let file = try dutydesk.write(Self.organisation.replacingOccurrences(of: """
              - username: curator
                name: "Куратор"
                roles: { "*": curator }
            """, with: """
              - username: curator
                name: "Куратор"
                roles: { "*": curator }
              - username: petrov
                name: "Петров"
                roles: { l1-vk: admin }
            """), to: "org.yaml")
        #expect(try dutydesk.run(["setup", "import", file]).status == 0)
        let refused = try dutydesk.run(["setup", "import", file, "--as", "petrov"])
        #expect(refused.status == 77)
        #expect(refused.stderr.contains("only the curator may, and petrov has no such role"))
        #expect(try dutydesk.run(["setup", "import", file, "--as", "curator"]).status == 0)
    }
}
