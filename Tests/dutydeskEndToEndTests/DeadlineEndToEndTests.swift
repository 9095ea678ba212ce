import Foundation
import Testing

/// The worked examples of spec.md through the real binary: import the calendars, ask `deadline`.
@Suite struct DeadlineEndToEndTests {
    static let organisation = """
        timezone: Europe/Moscow
        departments:
          - id: l1
            name: "Календарь L1"
            holidays: none
            hours:
              mon: ["10:00-20:00"]
              tue: ["10:00-20:00"]
              wed: ["10:00-20:00"]
              thu: ["10:00-20:00"]
              fri: ["10:00-20:00"]
              sat: ["11:00-18:00"]
            closed: [2026-11-04, 2026-11-27]
            special: { 2026-11-03: ["10:00-19:00"] }
          - id: l2
            name: "Календарь L2"
            holidays: none
            hours:
              tue: ["11:00-14:00", "15:00-19:00"]
              wed: ["11:00-14:00", "15:00-19:00"]
              thu: ["11:00-14:00", "15:00-19:00"]
              fri: ["11:00-14:00", "15:00-19:00"]
              sat: ["11:00-14:00", "15:00-19:00"]
          - id: l3
            name: "Calendar L3"
            timezone: Europe/Berlin
            holidays: none
            hours:
              mon: ["09:00-17:00"]
              tue: ["09:00-17:00"]
              wed: ["09:00-17:00"]
              thu: ["09:00-17:00"]
              fri: ["09:00-17:00"]
          - id: never
            name: "Закрыто навсегда"
            holidays: none
            hours: {}
        pages:
          - { id: l1-vk, network: vk, external_id: 1001, name: "L1", url: "https://vk.com/club1001", department: l1 }
          - { id: l2-vk, network: vk, external_id: 1002, name: "L2", url: "https://vk.com/club1002", department: l2 }
          - { id: l3-vk, network: vk, external_id: 1003, name: "L3", url: "https://vk.com/club1003", department: l3 }
          - { id: never-vk, network: vk, external_id: 1004, name: "Never", url: "https://vk.com/club1004", department: never }
        staff:
          - username: curator
            name: "Куратор"
            roles: { "*": curator }
        """

    /// Arrival and deadline in the department's local time, as the spec's table gives them.
    static let rows: [(page: String, arrived: String, deadline: String)] = [
        ("l1-vk", "2026-11-09T15:00:00+03:00", "2026-11-10T12:00:00Z"),
        ("l1-vk", "2026-11-09T08:00:00+03:00", "2026-11-09T17:00:00Z"),
        ("l1-vk", "2026-11-09T20:00:00+03:00", "2026-11-10T17:00:00Z"),
        ("l1-vk", "2026-11-14T16:00:00+03:00", "2026-11-16T12:00:00Z"),
        ("l1-vk", "2026-11-02T18:00:00+03:00", "2026-11-03T15:00:00Z"),
        ("l1-vk", "2026-11-03T17:00:00+03:00", "2026-11-05T14:00:00Z"),
        ("l1-vk", "2026-11-26T19:00:00+03:00", "2026-11-30T09:00:00Z"),
        ("l2-vk", "2026-11-10T13:30:00+03:00", "2026-11-11T10:30:00Z"),
        ("l2-vk", "2026-11-10T14:30:00+03:00", "2026-11-11T11:00:00Z"),
        ("l3-vk", "2026-10-23T16:00:00+02:00", "2026-10-26T15:00:00Z"),
    ]

    let dutydesk: DutyDeskBinary

    init() throws {
        dutydesk = try DutyDeskBinary()
        let file = try dutydesk.write(Self.organisation, to: "calendars.yaml")
        let imported = try dutydesk.run(["setup", "import", file])
        guard imported.status == 0 else { throw DutyDeskBinary.Failure("import failed: \(imported.stderr)") }
    }

    @Test func everyRowOfTheWorkedExamplesTable() throws {
        for row in Self.rows {
            let object = try #require(try dutydesk.json(["deadline", "--page", row.page, "--arrived", row.arrived, "--json"])
                as? [String: Any])
            #expect(object["page"] as? String == row.page)
            #expect(object["deadline_at"] as? String == row.deadline, "\(row.page) \(row.arrived)")
        }
    }

    @Test func localTimeWithoutZoneIsReadInTheDepartmentsZone() throws {
        let object = try #require(try dutydesk.json(["deadline", "--page", "l3-vk", "--arrived", "2026-10-23T16:00", "--json"])
            as? [String: Any])
        #expect(object["arrived_at"] as? String == "2026-10-23T14:00:00Z")
        #expect(object["deadline_at"] as? String == "2026-10-26T15:00:00Z")
    }

    @Test func calendarWithNoOpenTimeSaysSoClearly() throws {
        let object = try #require(try dutydesk.json(["deadline", "--page", "never-vk", "--arrived", "2026-11-09T12:00:00Z", "--json"])
            as? [String: Any])
        #expect(object["deadline_at"] is NSNull)
        let human = try dutydesk.run(["deadline", "--page", "never-vk", "--arrived", "2026-11-09T12:00:00Z"])
        #expect(human.status == 0)
        #expect(human.stdout.contains("no deadline"))
    }

    @Test func unknownPageAndBadTimeAreOneClearLine() throws {
        let unknown = try dutydesk.run(["deadline", "--page", "nope", "--arrived", "2026-11-09T12:00:00Z"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("Unknown page 'nope'"))
        #expect(unknown.stderr.contains("l1-vk"))
        let bad = try dutydesk.run(["deadline", "--page", "l1-vk", "--arrived", "yesterday"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--arrived: 'yesterday'"))
        #expect(bad.stderr.split(separator: "\n").count == 1)
    }

    @Test func russianLocaleSpeaksRussian() throws {
        var russian = dutydesk
        russian.environment["LANG"] = "ru_RU.UTF-8"
        let result = try russian.run(["deadline", "--page", "l1-vk", "--arrived", "2026-11-09T15:00:00+03:00"])
        #expect(result.stdout.contains("ответить до 2026-11-10 15:00"))
    }
}
