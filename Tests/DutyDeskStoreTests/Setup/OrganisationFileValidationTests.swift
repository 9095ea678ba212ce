import DutyDeskCore
import Testing

/// `Organisation.validate()` in Core, on values built in code: the paths it reports are the
/// ones the file reader turns into lines, and a TUI panel would highlight.
struct OrganisationFileValidationTests {
    typealias F = OrganisationFileFixture

    static let valid = Organisation(
        departments: [
            Department(id: "lib1", name: "Библиотека № 1", head: DepartmentHead(name: "Смирнова", email: "h@example.org"),
                       calendar: WorkingCalendar(weeklyHours: [.mon: F.intervals("10:00-20:00")])),
            Department(id: "lib2", name: "Библиотека № 2",
                       calendar: WorkingCalendar(timeZoneIdentifier: "Europe/Berlin", weeklyHours: [:])),
        ],
        pages: [
            Page(id: "lib1-vk", network: .vk, externalID: 1, name: "ВК", url: "https://vk.com/club1", departmentID: "lib1"),
            Page(id: "lib1-tg", network: .telegram, externalID: -1001, name: "TG", url: "https://t.me/lib1",
                 departmentID: "lib1", discussionChatID: -1002, botUsername: "lib1_bot"),
        ],
        staff: [
            StaffMember(username: "curator", name: "Куратор", roles: ["*": .curator]),
            StaffMember(username: "ivanova", name: "Иванова", email: "i@example.org",
                        roles: ["lib1-vk": .coordinator, "lib1-tg": .admin],
                        absences: [Absence(from: F.date("2026-12-01"), to: F.date("2026-12-01"), reason: .vacation)]),
        ])

    func paths(_ change: (inout Organisation) -> Void) -> [String] {
        var organisation = Self.valid
        change(&organisation)
        return organisation.validate().map(\.path)
    }

    @Test func aValidOrganisationHasNoProblems() {
        #expect(Self.valid.validate().isEmpty)
        #expect(Organisation().validate().isEmpty)
    }

    @Test func duplicateIDsAreReportedAtTheLaterItem() {
        #expect(paths { $0.departments.append($0.departments[0]) } == ["departments[2].id"])
        #expect(paths { $0.pages.insert($0.pages[1], at: 0) } == ["pages[2].id"])
        #expect(paths { $0.staff.append(StaffMember(username: "ivanova", name: "Другая")) } == ["staff[2].username"])
    }

    @Test func referencesToThingsThatDoNotExist() {
        #expect(paths { $0.pages[1].departmentID = "lib9" } == ["pages[1].department"])
        #expect(paths { $0.staff[1].roles["lib9-vk"] = .admin } == ["staff[1].roles.lib9-vk"])
    }

    @Test func theCuratorIsGlobalAndOnlyTheCurator() {
        #expect(paths { $0.staff[1].roles["lib1-vk"] = .curator } == ["staff[1].roles.lib1-vk"])
        #expect(paths { $0.staff[0].roles = ["*": .admin] } == ["staff[0].roles.*"])
        #expect(paths { $0.staff[0].roles = ["*": .coordinator] } == ["staff[0].roles.*"])
    }

    @Test func anAbsenceMustNotEndBeforeItStarts() {
        #expect(paths {
            $0.staff[1].absences.append(Absence(from: F.date("2026-12-14"), to: F.date("2026-12-01"), reason: .sickLeave))
        } == ["staff[1].absences[1]"])
    }

    @Test func fieldsThatDependOnTheNetwork() {
        #expect(paths { $0.pages[0].externalID = 0 } == ["pages[0].external_id"])
        #expect(paths { $0.pages[0].discussionChatID = -5 } == ["pages[0].discussion_chat_id"])
        #expect(paths { $0.pages[0].botUsername = "x_bot" } == ["pages[0].bot_username"])
        #expect(paths { $0.pages[1].externalID = 1001 } == ["pages[1].external_id"])
        #expect(paths { $0.pages[1].discussionChatID = 5 } == ["pages[1].discussion_chat_id"])
        #expect(paths { $0.pages[1].discussionChatID = -1001 } == ["pages[1].discussion_chat_id"])
        #expect(paths { $0.pages[1].botUsername = "@lib1_bot" } == ["pages[1].bot_username"])
        #expect(paths { $0.pages[1].botUsername = "lib1_helper" } == ["pages[1].bot_username"])
        #expect(paths { $0.pages[1].discussionChatID = nil; $0.pages[1].botUsername = nil }.isEmpty)
    }

    @Test func timeZonesAreIANANames() {
        #expect(paths { $0.defaultTimeZone = "Moscow" } == ["timezone"])
        #expect(paths { $0.departments[1].calendar.timeZoneIdentifier = "Mars/Olympus" } == ["departments[1].timezone"])
        // A department that inherits the bad default is not reported a second time.
        #expect(paths {
            $0.defaultTimeZone = "Moscow"
            $0.departments[0].calendar.timeZoneIdentifier = "Moscow"
        } == ["timezone"])
    }

    @Test func overlappingHours() {
        #expect(paths {
            $0.departments[0].calendar.weeklyHours[.fri] = F.intervals("10:00-14:00", "13:59-20:00")
        } == ["departments[0].hours.fri"])
        #expect(paths {
            $0.departments[0].calendar.specialDays[F.date("2026-11-03")] = F.intervals("10:00-14:00", "12:00-13:00")
        } == ["departments[0].special.2026-11-03"])
        // Touching intervals are a lunch-less split, not an overlap: [10, 14) and [14, 20).
        #expect(paths { $0.departments[0].calendar.weeklyHours[.fri] = F.intervals("10:00-14:00", "14:00-20:00") }.isEmpty)
    }

    @Test func emptyAndMalformedFields() {
        #expect(paths { $0.departments[0].name = "  " } == ["departments[0].name"])
        #expect(paths { $0.departments[0].head?.email = "Смирнова" } == ["departments[0].head.email"])
        #expect(paths { $0.pages[0].url = "vk.com/club1" } == ["pages[0].url"])
        #expect(paths { $0.pages[0].name = "" } == ["pages[0].name"])
        #expect(paths { $0.staff[1].username = "anna ivanova" } == ["staff[1].username"])
        #expect(paths { $0.staff[1].email = "i@example" } == ["staff[1].email"])
    }

    @Test func problemsCarryBothLanguages() throws {
        var organisation = Self.valid
        organisation.pages[0].departmentID = "lib9"
        let problem = try #require(organisation.validate().first)
        #expect(problem.message.en == "no department with id \"lib9\" (known: lib1, lib2)")
        #expect(problem.message.ru == "нет отдела с id «lib9» (есть: lib1, lib2)")
        #expect(problem.description == "pages[0].department: no department with id \"lib9\" (known: lib1, lib2)")
    }
}
