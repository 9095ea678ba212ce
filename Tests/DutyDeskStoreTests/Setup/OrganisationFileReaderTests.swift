import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskStore

/// Valid files: the spec's example and the defaults the file format promises.
struct OrganisationFileReaderTests {
    typealias F = OrganisationFileFixture

    static let specOrganisation = Organisation(
        defaultTimeZone: "Europe/Moscow",
        departments: [
            Department(
                id: "lib1", name: "Библиотека № 1",
                head: DepartmentHead(name: "Смирнова Е. В.", email: "head1@example.org"),
                calendar: WorkingCalendar(
                    timeZoneIdentifier: "Europe/Moscow",
                    weeklyHours: [.mon: F.intervals("10:00-20:00"), .tue: F.intervals("10:00-20:00"),
                                  .sat: F.intervals("11:00-14:00", "15:00-18:00")],
                    sanitaryDay: .lastWeekday(.thu),
                    closedDates: [F.date("2026-11-27")],
                    specialDays: [F.date("2026-11-03"): F.intervals("10:00-19:00")],
                    holidays: .ru)),
        ],
        pages: [
            Page(id: "lib1-vk", network: .vk, externalID: 123_456, name: "Библиотека № 1 — ВКонтакте",
                 url: "https://vk.com/club123456", departmentID: "lib1", approvalDay: .thu),
            Page(id: "lib1-tg", network: .telegram, externalID: -1_001_234_567_890, name: "Библиотека № 1 — Telegram",
                 url: "https://t.me/lib1", departmentID: "lib1",
                 discussionChatID: -1_009_876_543_210, botUsername: "lib1_bot"),
        ],
        staff: [
            StaffMember(username: "ivanova", name: "Иванова Анна", email: "ivanova@example.org",
                        roles: ["lib1-vk": .coordinator],
                        absences: [Absence(from: F.date("2026-12-01"), to: F.date("2026-12-14"), reason: .vacation)]),
        ])

    @Test func specExampleReadsToTheExpectedValues() throws {
        let organisation = try OrganisationFileReader.read(text: try F.specExampleText, fileName: "spec-example.yaml")
        #expect(organisation == Self.specOrganisation)
    }

    @Test func specExampleFieldByField() throws {
        let organisation = try OrganisationFileReader.read(text: try F.specExampleText, fileName: "spec-example.yaml")
        let department = try #require(organisation.departments.first)
        #expect(department.calendar.weeklyHours[.sat] == F.intervals("11:00-14:00", "15:00-18:00"))
        #expect(department.calendar.weeklyHours[.sun] == nil)
        #expect(department.calendar.sanitaryDay == .lastWeekday(.thu))
        let telegram = try #require(organisation.page(id: "lib1-tg"))
        #expect(telegram.externalID == -1_001_234_567_890)
        #expect(telegram.discussionChatID == -1_009_876_543_210)
        #expect(organisation.member(username: "ivanova")?.roles == ["lib1-vk": .coordinator])
    }

    @Test func readsAFileFromDisk() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/spec-example.yaml").path
        #expect(try OrganisationFileReader.read(fileAtPath: path) == Self.specOrganisation)
    }

    @Test func defaultsWhenKeysAreLeftOut() throws {
        let organisation = try OrganisationFileReader.read(text: F.minimal(replacing: 1, with: "# no timezone"),
                                                           fileName: F.fileName)
        let calendar = try #require(organisation.departments.first).calendar
        #expect(organisation.defaultTimeZone == "Europe/Moscow")
        #expect(calendar.timeZoneIdentifier == "Europe/Moscow")
        #expect(calendar.holidays == .ru)
        #expect(calendar.sanitaryDay == .none)
        #expect(calendar.closedDates.isEmpty && calendar.specialDays.isEmpty)
    }

    @Test func departmentsInheritTheTopLevelTimeZoneUnlessTheyNameTheirOwn() throws {
        let inherited = try OrganisationFileReader.read(
            text: F.minimal(replacing: 1, with: "timezone: Asia/Yekaterinburg"), fileName: F.fileName)
        #expect(inherited.departments[0].calendar.timeZoneIdentifier == "Asia/Yekaterinburg")
        let own = try OrganisationFileReader.read(
            text: F.minimal(replacing: 4, with: "    name: \"Библиотека № 1\"", "    timezone: Europe/Berlin"),
            fileName: F.fileName)
        #expect(own.departments[0].calendar.timeZoneIdentifier == "Europe/Berlin")
        #expect(own.defaultTimeZone == "Europe/Moscow")
    }

    @Test func anEmptySpecialListClosesThatDay() throws {
        let organisation = try OrganisationFileReader.read(
            text: F.minimal(replacing: 4, with: "    name: \"Библиотека № 1\"", "    special: { 2026-12-30: [] }"),
            fileName: F.fileName)
        let calendar = organisation.departments[0].calendar
        #expect(calendar.specialDays == [F.date("2026-12-30"): []])
        #expect(!calendar.day(F.date("2026-12-30")).isOpen)
    }

    @Test func fullWeekdayNamesAndSingleValuesAreAccepted() throws {
        let organisation = try OrganisationFileReader.read(
            text: F.minimal(replacing: [6: ["      Monday: \"10:00-20:00\""], 7: ["      sunday: []"]]),
            fileName: F.fileName)
        #expect(organisation.departments[0].calendar.weeklyHours == [.mon: F.intervals("10:00-20:00"), .sun: []])
    }

    @Test func theCuratorRoleOnEveryPage() throws {
        let organisation = try OrganisationFileReader.read(
            text: F.minimal(replacing: 18, with: "    roles: { \"*\": curator }"), fileName: F.fileName)
        #expect(organisation.staff[0].roles == ["*": .curator])
        #expect(organisation.staff[0].asOperator.isCurator)
    }
}
