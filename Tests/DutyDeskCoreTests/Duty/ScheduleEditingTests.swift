import Testing
@testable import DutyDeskCore

/// Only the page's coordinator or the curator edits its schedule; everyone else is told why,
/// with the regulation's words.
struct ScheduleEditingTests {
    let admin = Operator(username: "gromov", name: "Громов", roles: ["cbs-vk": .admin])
    let coordinator = Operator(username: "demo", name: "Демидова", roles: ["cbs-vk": .coordinator, "okhta-vk": .admin])
    let curator = Operator(username: "orlova", name: "Орлова", roles: ["*": .curator])

    @Test func coordinatorAndCuratorMayEdit() {
        #expect(ScheduleEditing.refusal(page: "cbs-vk", by: coordinator) == nil)
        #expect(ScheduleEditing.refusal(page: "okhta-vk", by: curator) == nil)
    }

    @Test func anAdministratorIsRefusedWithClause61() {
        let refusal = ScheduleEditing.refusal(page: "cbs-vk", by: admin)
        #expect(refusal?.message.ru.contains("п. 6.1") == true)
        #expect(refusal?.message.ru.contains("Координатор сообщества обязан организовать дежурства администраторов") == true)
        #expect(refusal?.message.en.contains("regulation 6.1") == true)
        #expect(refusal?.message.ru.hasPrefix("Нет прав изменять график дежурств на странице cbs-vk") == true)
    }

    @Test func aCoordinatorIsAnAdministratorElsewhere() {
        #expect(ScheduleEditing.refusal(page: "okhta-vk", by: coordinator) != nil)
    }

    @Test func strangersAreReadOnly() {
        #expect(ScheduleEditing.refusal(page: "cbs-vk", by: nil)?.message.ru.contains("только для чтения") == true)
    }

    @Test func anAbsenceNeedsACoordinatorOfOneOfThePersonsPages() throws {
        let gromov = StaffMember(username: "gromov", name: "Громов", roles: ["cbs-vk": .admin, "crb-tg": .admin])
        try ScheduleEditing.checkAbsence(of: gromov, by: coordinator)
        try ScheduleEditing.checkAbsence(of: gromov, by: curator)
        #expect(throws: ScheduleEditDenied.self) { try ScheduleEditing.checkAbsence(of: gromov, by: admin) }
        let noPages = StaffMember(username: "x", name: "X")
        #expect(throws: ScheduleEditDenied.self) { try ScheduleEditing.checkAbsence(of: noPages, by: coordinator) }
        try ScheduleEditing.checkAbsence(of: noPages, by: curator)
    }

    @Test func theTeamIsTheAdministratorsAndTheCoordinator() {
        let staff = [
            StaffMember(username: "vera", name: "В", roles: ["p": .admin]),
            StaffMember(username: "anna", name: "А", roles: ["p": .coordinator]),
            StaffMember(username: "head", name: "Г", roles: ["p": .head]),
            StaffMember(username: "cur", name: "К", roles: ["*": .curator]),
            StaffMember(username: "boris", name: "Б", roles: ["q": .admin]),
        ]
        #expect(DutyTeam.members(of: "p", in: staff) == ["anna", "vera"])
    }
}
