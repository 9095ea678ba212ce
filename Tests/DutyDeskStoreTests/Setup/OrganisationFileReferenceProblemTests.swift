import DutyDeskCore
import Testing
@testable import DutyDeskStore

/// Bad files, continued: ids, references between items, pages, roles, absences, and files with
/// many mistakes at once. Lines refer to `OrganisationFileFixture.minimalLines`.
struct OrganisationFileReferenceProblemTests {
    typealias F = OrganisationFileFixture

    func problems(_ text: String) -> [OrganisationFileProblem] {
        guard let error = F.refusal(text) else {
            Issue.record("the text was accepted")
            return []
        }
        return error.problems
    }

    func lineAndPath(_ text: String) -> [String] {
        problems(text).map { "\($0.line) \($0.path)" }
    }

    // MARK: Duplicate ids

    @Test func duplicateDepartmentID() {
        let text = F.minimal(replacing: 7, with: "      tue: [\"10:00-20:00\"]", "  - id: lib1", "    name: \"Копия\"")
        #expect(lineAndPath(text) == ["8 departments[1].id"])
        #expect(problems(text).first?.problem.en == "duplicate department id \"lib1\" (first at departments[0])")
    }

    @Test func duplicatePageID() {
        let second = ["  - id: lib1-vk", "    network: vk", "    external_id: 654321", "    name: \"Ещё одна\"",
                      "    url: https://vk.com/club654321", "    department: lib1"]
        let text = F.minimal(replacing: [14: ["    department: lib1"] + second])
        #expect(lineAndPath(text) == ["15 pages[1].id"])
    }

    @Test func duplicateStaffUsername() {
        let text = F.minimal(appending: "  - username: ivanova", "    name: \"Другая Иванова\"")
        #expect(lineAndPath(text) == ["19 staff[1].username"])
        #expect(problems(text).first?.problem.ru == "имя пользователя «ivanova» уже есть в staff[0]")
    }

    // MARK: Pages

    @Test func aPagePointingAtAnUnknownDepartment() {
        let text = F.minimal(replacing: 14, with: "    department: lib9")
        #expect(lineAndPath(text) == ["14 pages[0].department"])
        #expect(problems(text).first?.problem.en == "no department with id \"lib9\" (known: lib1)")
    }

    @Test func anUnknownNetwork() {
        let text = F.minimal(replacing: 10, with: "    network: facebook")
        #expect(lineAndPath(text) == ["10 pages[0].network"])
        #expect(problems(text).first?.problem.en == "\"facebook\" is not a network (vk, telegram)")
    }

    @Test func anExternalIDThatIsNotANumber() {
        let text = F.minimal(replacing: 11, with: "    external_id: club123456")
        #expect(lineAndPath(text) == ["11 pages[0].external_id"])
        #expect(problems(text).first?.problem.en == "\"club123456\" is not a whole number")
    }

    @Test func networkSpecificFields() {
        #expect(lineAndPath(F.minimal(replacing: 11, with: "    external_id: -5")) == ["11 pages[0].external_id"])
        let botOnVK = F.minimal(replacing: 11, with: "    external_id: 123456", "    bot_username: lib1_bot")
        #expect(lineAndPath(botOnVK) == ["12 pages[0].bot_username"])
        #expect(problems(botOnVK).first?.problem.en == "bot_username is only for Telegram pages (network: telegram)")
        let positiveTelegram = F.minimal(replacing: 10, with: "    network: telegram")
        #expect(lineAndPath(positiveTelegram) == ["11 pages[0].external_id"])
    }

    // MARK: Staff

    @Test func aRoleOnAnUnknownPage() {
        let text = F.minimal(replacing: 18, with: "    roles: { lib9-vk: admin }")
        #expect(lineAndPath(text) == ["18 staff[0].roles.lib9-vk"])
        #expect(problems(text).first?.problem.en.hasPrefix("no page with id \"lib9-vk\" (known: lib1-vk; ") == true)
    }

    @Test func anUnknownRole() {
        let text = F.minimal(replacing: 18, with: "    roles: { lib1-vk: boss }")
        #expect(lineAndPath(text) == ["18 staff[0].roles.lib1-vk"])
        #expect(problems(text).first?.problem.en == "\"boss\" is not a role (admin, coordinator, curator, head)")
    }

    @Test func rolesInTheWrongPlace() {
        #expect(lineAndPath(F.minimal(replacing: 18, with: "    roles: { lib1-vk: curator }")) == ["18 staff[0].roles.lib1-vk"])
        #expect(lineAndPath(F.minimal(replacing: 18, with: "    roles: { \"*\": admin }")) == ["18 staff[0].roles.*"])
    }

    @Test func anAbsenceThatEndsBeforeItStarts() {
        let text = F.minimal(replacing: 18, with: "    roles: { lib1-vk: admin }", "    absences:",
                             "      - { from: 2026-12-01, to: 2026-12-14, reason: vacation }",
                             "      - { from: 2026-12-20, to: 2026-12-18, reason: sick_leave }")
        #expect(lineAndPath(text) == ["21 staff[0].absences[1]"])
        #expect(problems(text).first?.problem.en == "the absence starts (2026-12-20) after it ends (2026-12-18)")
    }

    @Test func anUnknownAbsenceReason() {
        let text = F.minimal(replacing: 18, with: "    roles: { lib1-vk: admin }",
                             "    absences: [{ from: 2026-12-01, to: 2026-12-14, reason: holiday }]")
        #expect(lineAndPath(text) == ["19 staff[0].absences[0].reason"])
    }

    // MARK: Many at once

    @Test func everyProblemIsReportedSortedByLine() throws {
        let text = F.minimal(replacing: [
            18: ["    roles: { lib1-vk: boss }"],
            1: ["timezone: Europe/Moskva"],
            10: ["    network: facebook"],
            7: ["      tue: [\"10:00-25:00\"]"],
            14: ["    department: lib9"],
        ])
        let error = try #require(F.refusal(text))
        #expect(error.problems.map(\.line) == [1, 7, 10, 18])
        #expect(error.problems.map(\.path)
            == ["timezone", "departments[0].hours.tue", "pages[0].network", "staff[0].roles.lib1-vk"])
        #expect(error.description
            == "org.yaml:1: timezone: \"Europe/Moskva\" is not a known time zone (an IANA name such as Europe/Moscow) (and 3 more)")
        #expect(error.message.ru.hasSuffix("(и ещё 3)"))
    }

    @Test func problemsInDifferentItemsAreAllTold() {
        let text = F.minimal(replacing: [
            14: ["    department: lib9"],
            18: ["    roles: { lib9-vk: admin }"],
        ])
        #expect(lineAndPath(text) == ["14 pages[0].department", "18 staff[0].roles.lib9-vk"])
    }

    @Test func theSameMistakeIsToldOnce() {
        // An item that could not be read is filled in with placeholders; validation's view of
        // those placeholders (an empty name, an unknown department "") must not be added.
        let text = F.minimal(replacing: [12: [], 14: []])
        #expect(lineAndPath(text) == ["9 pages[0].name", "9 pages[0].department"])
    }
}
