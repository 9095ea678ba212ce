import Testing
@testable import DutyDeskCore

struct AccessPolicyTests {
    let admin = Operator(username: "petrov", name: "Петров", roles: ["lib1-vk": .admin])
    let coordinator = Operator(username: "ivanova", name: "Иванова", roles: ["lib1-vk": .coordinator, "lib2-vk": .admin])
    let curator = Operator(username: "sokolova", name: "Соколова", roles: ["*": .curator])

    @Test func adminActsOnlyOnOwnPage() {
        #expect(AccessPolicy.allows(.block, page: "lib1-vk", by: admin))
        #expect(!AccessPolicy.allows(.block, page: "lib2-vk", by: admin))
        #expect(!AccessPolicy.allows(.editSchedule, page: "lib1-vk", by: admin))
    }

    @Test func coordinatorEditsTheScheduleOfTheirPageOnly() {
        #expect(AccessPolicy.allows(.editSchedule, page: "lib1-vk", by: coordinator))
        #expect(!AccessPolicy.allows(.editSchedule, page: "lib2-vk", by: coordinator))
        #expect(AccessPolicy.allows(.reply, page: "lib2-vk", by: coordinator))
    }

    @Test func curatorMayDoEverythingEverywhere() {
        for action in OperatorAction.allCases {
            #expect(AccessPolicy.allows(action, page: "any-page", by: curator))
        }
        #expect(AccessPolicy.allows(.importOrganisation, page: nil, by: curator))
        #expect(!AccessPolicy.allows(.importOrganisation, page: nil, by: coordinator))
    }

    @Test func unknownUserIsReadOnlyAndToldWhy() throws {
        let error = #expect(throws: AccessDenied.self) { try AccessPolicy.check(.markRead, page: "lib1-vk", by: nil) }
        #expect(error?.message.en.contains("read-only") == true)
        #expect(error?.message.ru.contains("только для чтения") == true)
    }

    @Test func refusalNamesUserRoleAndPage() {
        let error = #expect(throws: AccessDenied.self) { try AccessPolicy.check(.editSchedule, page: "lib1-vk", by: admin) }
        #expect(error?.message.en == "Not allowed to edit the duty schedule on page lib1-vk: petrov has role 'administrator'.")
        #expect(error?.message.ru == "Нет прав изменять график дежурств на странице lib1-vk: у пользователя petrov роль «администратор».")
    }

    @Test func aReportRefusalSaysCoordinatorsSeeTheirPagesToo() {
        let error = #expect(throws: AccessDenied.self) { try ReportAccess.reportPages(requested: [], by: admin) }
        #expect(error?.message.ru.contains("куратор (по всем страницам) и координатор страницы (по своим страницам)") == true)
        #expect(error?.message.en.hasSuffix("the curator sees every page and a page's coordinator their pages, and petrov is neither.") == true)
    }

    @Test func refusalsNameRolesInWordsNotCodes() {
        let otherPage = #expect(throws: AccessDenied.self) { try AccessPolicy.check(.block, page: "lib9-vk", by: admin) }
        #expect(otherPage?.message.ru == "Нет прав блокировать пользователей на странице lib9-vk: у пользователя petrov нет роли на этой странице.")
        #expect(otherPage?.message.en.hasSuffix("petrov has no role on this page.") == true)
        let organisation = #expect(throws: AccessDenied.self) { try AccessPolicy.check(.importOrganisation, page: nil, by: admin) }
        #expect(organisation?.message.ru.contains("это может только куратор, у пользователя petrov такой роли нет") == true)
        let coordinatorRole = #expect(throws: AccessDenied.self) {
            try AccessPolicy.check(.importOrganisation, page: "lib1-vk", by: coordinator)
        }
        #expect(coordinatorRole?.message.ru.hasSuffix("у пользователя ivanova роль «координатор».") == true)
        for message in [otherPage?.message, organisation?.message, coordinatorRole?.message].compactMap(\.self) {
            #expect(!message.ru.contains("«—»") && !message.ru.contains("admin") && !message.ru.contains("coordinator"))
        }
    }

    @Test func impersonationRule() {
        func context(root: Bool = false, demo: Bool = false, curator: Bool = false) -> ImpersonationPolicy.Context {
            .init(requestedUsername: "ivanova", systemUsername: "petrov", isRoot: root, isDemoDatabase: demo,
                  systemUserIsCurator: curator)
        }
        #expect(throws: ImpersonationRefused.self) { try ImpersonationPolicy.check(context()) }
        #expect(throws: Never.self) { try ImpersonationPolicy.check(context(root: true)) }
        #expect(throws: Never.self) { try ImpersonationPolicy.check(context(demo: true)) }
        #expect(throws: Never.self) { try ImpersonationPolicy.check(context(curator: true)) }
    }

    @Test func languageFollowsTheLocale() {
        #expect(Language.fromEnvironment(["LANG": "ru_RU.UTF-8"]) == .ru)
        #expect(Language.fromEnvironment(["LANG": "ru_RU.UTF-8", "LC_ALL": "C.UTF-8"]) == .en)
        #expect(Language.fromEnvironment([:]) == .en)
    }
}
