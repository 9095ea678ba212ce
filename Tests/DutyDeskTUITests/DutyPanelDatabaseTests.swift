import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import Testing

/// The schedule panel on a real demo database (Monday 2026-11-09 15:00 in Moscow): keys in,
/// `DutyQuery` and the change log read back.
@Suite struct DutyPanelDatabaseTests {

    @Test func theCoordinatorOpensOwnPageOnTheShiftRunningNow() throws {
        let scene = try DutyDatabaseScene()
        let runtime = try scene.runtime(as: "demo")
        let data = try #require(runtime.state.duty.data)
        #expect(data.scope == .page("cbs-vk"))
        #expect(data.team(of: "cbs-vk") == ["demo", "gromov", "lebedeva", "sergeev"])
        let selected = try #require(runtime.state.duty.selectedShift)
        #expect(selected.username == "sergeev" && selected.contains(InboxScene.now))
        #expect(ScreenView.render(runtime.state).plainText.contains("Сейчас дежурит: Сергеев К. до 21:00"))
    }

    @Test func reassigningThroughThePanelChangesTheScheduleAndIsLogged() throws {
        let scene = try DutyDatabaseScene()
        let runtime = try scene.runtime(as: "demo")
        try press(runtime, "k")
        let shift = try #require(runtime.state.duty.selectedShift)
        #expect(shift.username == "demo")
        try press(runtime, "r")
        guard case .reassign(let picker) = runtime.state.duty.form else { Issue.record("no picker"); return }
        #expect(picker.choices == ["gromov", "lebedeva", "sergeev"])
        // gromov is on duty on crb-tg then, and the list says so.
        #expect(ScreenView.render(runtime.state).plainText.contains("Громов Павел          занят: crb-tg 10:00–15:00"))
        try press(runtime, "j Enter")
        #expect(runtime.state.notice?.text.ru == "Смена передана другому администратору.")

        let id = try #require(shift.id)
        #expect(try scene.shift(id)?.username == "lebedeva")
        let change = try #require(try scene.changes().last { $0.kind == .reassign })
        #expect(change.shiftID == id && change.usernameBefore == "demo" && change.usernameAfter == "lebedeva" && change.actor == "demo")
        // The panel reloaded and shows it; the cursor stayed on the shift.
        #expect(runtime.state.duty.selectedShift?.username == "lebedeva")
        #expect(runtime.state.notice?.role == .ok)
        let week = try scene.database.reader.read { try DutyQuery.week($0, pageID: "cbs-vk", now: InboxScene.now) }
        #expect(week.days[0].shifts.first { $0.shift.id == id }?.shift.username == "lebedeva")
    }

    @Test func anAdministratorCannotReassignAndNothingChanges() throws {
        let scene = try DutyDatabaseScene()
        let runtime = try scene.runtime(as: "gromov")
        #expect(runtime.state.duty.data?.scope == .page("cbs-vk"))
        let before = try scene.database.reader.read { try DutyQuery.shifts($0, pageID: "cbs-vk") }
        try press(runtime, "k r")
        guard case .refusal(let message) = runtime.state.duty.form else { Issue.record("no refusal"); return }
        #expect(message.ru.contains("у пользователя gromov роль «администратор»"))
        try press(runtime, "Enter j Enter Escape k + x y")
        #expect(try scene.database.reader.read { try DutyQuery.shifts($0, pageID: "cbs-vk") } == before)
        #expect(try scene.changes().filter { $0.actor == "gromov" }.isEmpty)
    }

    @Test func aRuleBreakingChangeIsRefusedWithItsMessage() throws {
        let scene = try DutyDatabaseScene()
        let runtime = try scene.runtime(as: "demo")
        // lebedeva is on duty on crb-tg on Monday evening: she cannot take sergeev's evening here.
        try press(runtime, "r j j Enter")
        // The picker stays open with the refusal in it, the person named as colleagues know her.
        guard case .reassign = runtime.state.duty.form else { Issue.record("the picker closed"); return }
        let problem = try #require(runtime.state.duty.formProblem)
        #expect(problem.ru.hasPrefix("Лебедева Алина (lebedeva) уже дежурит в это время: crb-tg"))
        #expect(ScreenView.render(runtime.state).plainText.contains("⚠ Лебедева Алина (lebedeva) уже дежурит"))
        #expect(try scene.shift(runtime.state.duty.selectedShiftID!)?.username == "sergeev")
        // Corrected in place: another person, Enter, and the picker closes on success.
        try press(runtime, "k Enter")
        #expect(runtime.state.duty.form == nil && runtime.state.duty.formProblem == nil)
        #expect(try scene.shift(runtime.state.duty.selectedShiftID!)?.username == "gromov")
    }

    @Test func addWithTheDefaultsWorksOnAFullyCoveredWeek() throws {
        let scene = try DutyDatabaseScene()
        let runtime = try scene.runtime(as: "demo")
        // cbs-vk's week has no gap: the defaults are a second person on sergeev's running shift,
        // from 15:00 (now) to 21:00, and demo, whose morning shift ended at 15:00, is free.
        try press(runtime, "a")
        guard case .shift(let form) = runtime.state.duty.form else { Issue.record("no form"); return }
        #expect(form.dayOffset == 0 && form.start == "15:00" && form.end == "21:00" && form.people[form.personIndex] == "demo")
        try press(runtime, "Enter")
        #expect(runtime.state.duty.form == nil && runtime.state.duty.formProblem == nil)
        let added = try scene.database.reader.read { try DutyQuery.shifts($0, pageID: "cbs-vk") }
            .filter { $0.username == "demo" && $0.start == InboxScene.now }
        #expect(added.count == 1)
    }

    @Test func aRotationFromTodayIsRefusedInItsForm() throws {
        let scene = try DutyDatabaseScene()
        let runtime = try scene.runtime(as: "demo")
        try press(runtime, "g")
        guard case .generate(let form) = runtime.state.duty.form else { Issue.record("no form"); return }
        #expect(form.from == "2026-11-10")
        // Typed back to today: refused by the store, the form stays open saying why.
        try press(runtime, "BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace 09.11.2026 Enter")
        guard case .generate = runtime.state.duty.form else { Issue.record("the form closed"); return }
        let problem = try #require(runtime.state.duty.formProblem)
        #expect(problem.ru.contains("Самое раннее — с 10.11.2026"))
        #expect(try scene.changes().isEmpty)
    }

    @Test func aRefusedAddKeepsTheFormAndTheKeys() throws {
        let scene = try DutyDatabaseScene()
        let runtime = try scene.runtime(as: "demo")
        // sergeev (→ on the person field) is on the running shift himself: refused.
        try press(runtime, "a Up Left Enter")
        guard case .shift(let form) = runtime.state.duty.form else { Issue.record("the form closed"); return }
        #expect(form.people[form.personIndex] == "sergeev")
        let problem = try #require(runtime.state.duty.formProblem)
        #expect(problem.ru.hasPrefix("Сергеев"))
        #expect(runtime.state.notice == nil)
        // The next keys still go to the form: ← picks demo, Enter saves, the form closes.
        try press(runtime, "Right Enter")
        #expect(runtime.state.duty.form == nil)
        #expect(runtime.state.panel == .duty)
    }

    @Test func anAbsenceIsRecordedAndItsShiftHandedToAColleague() throws {
        let scene = try DutyDatabaseScene()
        let runtime = try scene.runtime(as: "demo")
        // sergeev (selected: his shift runs now) away on Wednesday 11 November.
        try press(runtime, "A Down BSpace BSpace 11 Down BSpace BSpace 11 Enter")
        guard case .cover(let form) = runtime.state.duty.form else { Issue.record("no offer"); return }
        #expect(form.username == "sergeev")
        // His Wednesday evening here is demo's to cover; his semya-vk shift is morozov's (not offered).
        let row = try #require(form.rows.first { $0.shift.pageID == "cbs-vk" })
        #expect(row.editable && !row.candidates.isEmpty && !row.candidates.contains("sergeev"))
        let other = try #require(form.rows.first { $0.shift.pageID == "semya-vk" })
        #expect(!other.editable && other.choice == nil)
        try press(runtime, "Enter")
        let id = try #require(row.shift.id)
        #expect(try scene.shift(id)?.username == row.candidates[0])
        #expect(try scene.shift(other.shift.id!)?.username == "sergeev")
        let kinds = try scene.changes().map(\.kind)
        #expect(kinds.contains(.absence) && kinds.contains(.reassign))
        #expect(ScreenView.render(runtime.state).plainText.contains("отсутствуют: Сергеев К. (отпуск)"))
    }

    @Test func theCoordinatorGeneratesNextWeeksRotation() throws {
        let scene = try DutyDatabaseScene()
        let runtime = try scene.runtime(as: "demo")
        try press(runtime, "] g Down Down 15:00 Enter")
        guard case .rotationPreview(let plan) = runtime.state.duty.form else { Issue.record("no preview"); return }
        #expect(plan.order.from == LocalDate(year: 2026, month: 11, day: 16) && !plan.applied)
        #expect(!plan.proposal.shifts.isEmpty)
        let window = (InboxScene.now.addingTimeInterval(6 * 86_400), InboxScene.now.addingTimeInterval(14 * 86_400))
        let before = try scene.database.reader.read { try DutyQuery.shifts($0, pageID: "cbs-vk", from: window.0, to: window.1) }
        try press(runtime, "Enter")
        let after = try scene.database.reader.read { try DutyQuery.shifts($0, pageID: "cbs-vk", from: window.0, to: window.1) }
        #expect(after.count == before.filter { $0.origin == .manual }.count + plan.proposal.shifts.count)
        #expect(try scene.changes().contains { $0.kind == .generate && $0.actor == "demo" })
        #expect(runtime.state.duty.data?.week.monday == LocalDate(year: 2026, month: 11, day: 16))
    }

    @Test func pCyclesPagesThenTheWholeDepartment() throws {
        let scene = try DutyDatabaseScene()
        let runtime = try scene.runtime(as: "demo")
        try press(runtime, "p")
        #expect(runtime.state.duty.data?.scope == .page("crb-tg"))
        try press(runtime, "p")
        let data = try #require(runtime.state.duty.data)
        #expect(data.scope == .department("crb") && data.pageIDs == ["cbs-vk", "crb-tg"])
        let text = ScreenView.render(runtime.state).plainText
        #expect(text.contains("отдел crb: cbs-vk, crb-tg"))
        #expect(text.contains("crb-tg: Сейчас дежурит: Лебедева А. до 21:00"))
        // The cursor walks the shifts in the order they are drawn, across both pages.
        let drawn = DutyWeekLines(data: data, now: InboxScene.now, swapMark: nil, language: .ru).lines.compactMap(\.shiftID)
        #expect(drawn == data.shiftsInOrder.compactMap(\.id))
        #expect(Set(data.shiftsInOrder.map(\.pageID)) == ["cbs-vk", "crb-tg"])
    }

    @Test func inADepartmentEachShiftIsEditableByItsOwnPagesCoordinator() throws {
        let scene = try DutyDatabaseScene()
        let runtime = try scene.runtime(as: "demo")
        try press(runtime, "p p")
        let ids = runtime.state.duty.shiftsInOrder
        let crb = try #require(ids.first { $0.pageID == "crb-tg" })
        let cbs = try #require(ids.first { $0.pageID == "cbs-vk" })
        runtime.send(.key(.home))
        for _ in ids where runtime.state.duty.selectedShiftID != crb.id { runtime.send(.key(.down)) }
        #expect(runtime.state.duty.selectedShiftID == crb.id)
        try press(runtime, "r")
        guard case .refusal(let message) = runtime.state.duty.form else { Issue.record("no refusal"); return }
        #expect(message.ru.contains("на странице crb-tg"))
        try press(runtime, "Escape Home")
        for _ in ids where runtime.state.duty.selectedShiftID != cbs.id { runtime.send(.key(.down)) }
        try press(runtime, "r")
        guard case .reassign(let picker) = runtime.state.duty.form else { Issue.record("no picker"); return }
        #expect(picker.choices == ["demo", "gromov", "lebedeva", "sergeev"].filter { $0 != cbs.username })
    }
}
