import DutyDeskCore
@testable import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import Testing

/// The schedule panel drawn from values: the week, its gaps, now, absences, read-only.
@Suite struct DutyPanelViewTests {
    func rows(_ canvas: Canvas, containing text: String) -> [Int] {
        canvas.plainText.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.contains(text) }.map(\.offset)
    }

    func roles(_ canvas: Canvas, row: Int, of text: String) -> Set<StyleRole> {
        let line = canvas.plainText.split(separator: "\n", omittingEmptySubsequences: false)[row]
        guard let range = line.range(of: text) else { return [] }
        let start = TerminalCells.width(of: String(line[..<range.lowerBound]))
        let width = TerminalCells.width(of: text)
        return Set(canvas.rows[row][start..<(start + width)].map(\.role))
    }

    @Test func aCoverageGapIsDrawnInTheWarningRole() throws {
        let canvas = ScreenView.render(DutyScene.runtime().state)
        let row = try #require(rows(canvas, containing: "13:00–16:00  нет дежурного").first)
        #expect(roles(canvas, row: row, of: "13:00–16:00  нет дежурного") == [.warning])
        // A covered stretch is not a warning.
        let covered = try #require(rows(canvas, containing: "#1").first)
        #expect(!roles(canvas, row: covered, of: "10:00–13:00").contains(.warning))
    }

    @Test func todayAndNowAreMarked() throws {
        let lines = DutyWeekLines(data: DutyScene.data(), now: InboxScene.now, swapMark: nil, language: .ru).lines.map(\.text)
        #expect(lines.contains { $0.hasPrefix("▶ пн 09.11.2026  10:00–20:00") && $0.contains("сегодня") })
        #expect(lines.contains { $0.hasPrefix("  вт 10.11.2026") })
        // At 15:00 nobody is on duty: the gap holds the mark.
        #expect(lines.contains { $0.contains("13:00–16:00  нет дежурного  ◀ сейчас") })
        // At 17:00 morozov's shift does, and the gap does not.
        let later = DutyWeekLines(data: DutyScene.data(), now: DutyScene.local(9, 17), swapMark: nil, language: .ru).lines.map(\.text)
        #expect(later.contains { $0.contains("#2") && $0.contains("16:00–20:00  Морозов А.  ◀ сейчас") })
        #expect(!later.contains { $0.contains("нет дежурного  ◀") })
        // At 21:00 the department is closed: a line of its own, after the day's shifts.
        let closed = DutyWeekLines(data: DutyScene.data(), now: DutyScene.local(9, 21), swapMark: nil, language: .ru).lines.map(\.text)
        let mark = try #require(closed.firstIndex { $0.contains("── сейчас 21:00 ──") })
        let evening = try #require(closed.firstIndex { $0.contains("#2") })
        #expect(mark == evening + 1)
    }

    @Test func anAbsenceIsShownAndItsShiftWarns() throws {
        let canvas = ScreenView.render(DutyScene.runtime().state)
        let text = canvas.plainText
        #expect(text.contains("отсутствуют: Белова И. (отпуск)"))
        let row = try #require(rows(canvas, containing: "#3").first)
        #expect(roles(canvas, row: row, of: "⚠ отсутствует — нужна замена") == [.warning])
        // Her shift does not cover Tuesday: the whole day is a gap.
        #expect(text.contains("⚠     10:00–20:00  нет дежурного"))
    }

    @Test func theStatusLineWarnsWhileOpenAndUncovered() {
        let text = ScreenView.render(DutyScene.runtime().state).plainText
        #expect(text.contains("⚠ Отдел открыт, дежурного нет до 16:00 · далее: Морозов А. 09.11.2026 (пн) 16:00–20:00"))
    }

    @Test func aNonCoordinatorSeesWhyItIsReadOnly() {
        let text = ScreenView.render(DutyScene.runtime(staff: InboxScene.belova).state).plainText
        #expect(text.contains("Только просмотр. Нет прав изменять график дежурств на странице lib-vk"))
        #expect(!text.contains("r заменить"))
        let coordinator = ScreenView.render(DutyScene.runtime().state).plainText
        #expect(!coordinator.contains("Только просмотр"))
        #expect(coordinator.contains("r заменить"))
    }

    @Test func theReadOnlyNoticeAndTheRefusalAreWholeAt60x15() throws {
        let runtime = DutyScene.runtime(staff: InboxScene.belova, width: 60, height: 15)
        let panel = ScreenView.render(runtime.state).plainText
        // The notice ends its sentence: who may change the schedule, and the clause.
        #expect(panel.contains("куратор (п. 6.1)."))
        runtime.send(.key(.character("a")))
        let refusal = ScreenView.render(runtime.state).plainText
        #expect(refusal.contains("Изменить график нельзя"))
        #expect(refusal.contains("(п. 5.5)."))
        #expect(refusal.contains("Esc или Enter — закрыть"))
        #expect(refusal.contains("куратор (п. 6.1)"))
        // The box closes above the status bar.
        #expect(refusal.split(separator: "\n").contains { $0.contains("└") })
    }

    @Test func weekPanelAt100x30() throws {
        try Golden.check(ScreenView.render(DutyScene.runtime().state).plainText, "duty-week-100x30-ru")
    }

    @Test func reassignPickerAt100x30InEnglish() throws {
        let runtime = DutyScene.runtime(language: .en)
        runtime.send(.key(.character("r")))
        try Golden.check(ScreenView.render(runtime.state).plainText, "duty-reassign-100x30-en")
    }

    @Test func theSelectedShiftStaysOnScreenOnASmallTerminal() {
        let runtime = DutyScene.runtime(height: 15)
        runtime.send(.key(.end))
        let text = ScreenView.render(runtime.state).plainText
        #expect(text.contains("#4"))
    }
}

/// The panel's keys, through `update`: what each asks the runtime to do.
@Suite struct DutyPanelUpdateTests {
    func press(_ state: inout AppState, _ keys: String) throws -> [Effect] {
        var effects: [Effect] = []
        for key in try KeyNotation.parse(keys) { effects += Update.apply(.key(key), to: &state) }
        return effects
    }

    func edits(_ effects: [Effect]) -> [DutyEdit] {
        effects.compactMap { if case .duty(.edit(let edit)) = $0 { edit } else { nil } }
    }

    @Test func theCursorStartsOnTheNextShiftAndMoves() throws {
        var state = DutyScene.runtime().state
        // 15:00 is in a gap: the next shift to start is selected.
        #expect(state.duty.selectedShiftID == 2)
        _ = try press(&state, "j j")
        #expect(state.duty.selectedShiftID == 4)
        _ = try press(&state, "j")
        #expect(state.duty.selectedShiftID == 4)
        _ = try press(&state, "Home")
        #expect(state.duty.selectedShiftID == 1)
    }

    @Test func anAdministratorIsRefusedWithTheReasonAndNothingIsAsked() throws {
        var state = DutyScene.runtime(staff: InboxScene.belova).state
        for key in ["r", "a", "m", "+", "-", "x", "s", "A", "g"] {
            let effects = try press(&state, key)
            #expect(edits(effects).isEmpty, "\(key)")
            guard case .refusal(let message) = state.duty.form else {
                Issue.record("\(key) opened \(String(describing: state.duty.form))")
                continue
            }
            #expect(message.ru.contains("Нет прав изменять график дежурств на странице lib-vk"))
            #expect(message.ru.contains("п. 6.1"))
            _ = try press(&state, "Escape")
            #expect(state.duty.form == nil)
        }
        #expect(state.duty.swapMark == nil)
    }

    @Test func reassignPicksAnotherAdministratorOfThePage() throws {
        var state = DutyScene.runtime().state
        _ = try press(&state, "Home r")
        guard case .reassign(let picker) = state.duty.form else { Issue.record("no picker"); return }
        #expect(picker.choices == ["morozov", "nikitina"])
        let effects = try press(&state, "j Enter")
        #expect(edits(effects) == [.assign(shiftID: 1, username: "nikitina")])
        // The picker waits for the answer; a success closes it.
        #expect(state.duty.formSubmitted)
        _ = Update.apply(.duty(.edited(Localized(ru: "ok", en: "ok"))), to: &state)
        #expect(state.duty.form == nil)
    }

    @Test func escapeClosesTheReassignPickerWithoutAChange() throws {
        var state = DutyScene.runtime().state
        let effects = try press(&state, "r Escape")
        #expect(edits(effects).isEmpty)
        #expect(state.duty.form == nil)
        #expect(state.panel == .duty)
    }

    @Test func plusAndMinusMoveTheEndByHalfAnHour() throws {
        var state = DutyScene.runtime().state
        #expect(edits(try press(&state, "+")) == [.reschedule(shiftID: 2, start: DutyScene.local(9, 16), end: DutyScene.local(9, 20, 30))])
        #expect(edits(try press(&state, "-")) == [.reschedule(shiftID: 2, start: DutyScene.local(9, 16), end: DutyScene.local(9, 19, 30))])
    }

    @Test func deleteAsksFirst() throws {
        var state = DutyScene.runtime().state
        #expect(edits(try press(&state, "x")).isEmpty)
        #expect(state.duty.form == .confirmDelete(shiftID: 2))
        #expect(edits(try press(&state, "n")).isEmpty)
        #expect(edits(try press(&state, "Delete y")) == [.delete(shiftID: 2)])
    }

    @Test func swapMarksOneShiftThenSwapsWithTheOther() throws {
        var state = DutyScene.runtime().state
        #expect(edits(try press(&state, "s")).isEmpty)
        #expect(state.duty.swapMark == 2)
        #expect(ScreenView.render(state).plainText.contains("⇄ отмечена для обмена"))
        #expect(edits(try press(&state, "j s")) == [.swap(2, 3)])
        #expect(state.duty.swapMark == nil)
    }

    @Test func addTakesADayTimesAndAPerson() throws {
        var state = DutyScene.runtime().state
        _ = try press(&state, "a")
        guard case .shift(let form) = state.duty.form else { Issue.record("no form"); return }
        // The defaults: the rest of Monday's uncovered 13:00–16:00 (it is 15:00), belova free then.
        #expect(form.dayOffset == 0 && form.start == "15:00" && form.end == "16:00" && form.personIndex == 0)
        // Tuesday, 12:00–18:00, the third person of the team.
        let effects = try press(&state, "Right Down BSpace BSpace BSpace BSpace BSpace 12:00 Tab BSpace BSpace BSpace BSpace BSpace 18:00 Tab Left Enter")
        #expect(edits(effects) == [.add(pageID: "lib-vk", username: "nikitina", start: DutyScene.local(10, 12), end: DutyScene.local(10, 18))])
    }

    @Test func aTimeThatCannotBeReadKeepsTheFormOpen() throws {
        var state = DutyScene.runtime().state
        let effects = try press(&state, "a Down BSpace BSpace BSpace BSpace BSpace 25:99 Enter")
        #expect(edits(effects).isEmpty)
        #expect(state.duty.form != nil)
        #expect(state.duty.formProblem?.ru.contains("«25:99» не понято") == true)
        #expect(ScreenView.render(state).plainText.contains("⚠ Время «25:99» не понято"))
    }

    @Test func aRefusalKeepsTheFormOpenWithItsReason() throws {
        var state = DutyScene.runtime().state
        let effects = try press(&state, "a Enter")
        #expect(edits(effects).count == 1)
        #expect(state.duty.formSubmitted)
        let refusal = Localized(ru: "Белова Ирина (belova) уже дежурит в это время.", en: "Belova is busy then.")
        _ = Update.apply(.duty(.editFailed(refusal)), to: &state)
        guard case .shift = state.duty.form else { Issue.record("the form closed"); return }
        #expect(state.duty.formProblem == refusal && state.notice == nil)
        #expect(ScreenView.render(state).plainText.contains("⚠ Белова Ирина (belova) уже дежурит в это время."))
        // The keys still belong to the form: ← changes the day, and the stale reason goes.
        _ = try press(&state, "Left")
        guard case .shift(let form) = state.duty.form else { Issue.record("the form closed"); return }
        #expect(form.dayOffset == 6 && state.duty.formProblem == nil)
        // A success closes it.
        _ = try press(&state, "Enter")
        _ = Update.apply(.duty(.edited(Localized(ru: "Смена добавлена.", en: "Shift added."))), to: &state)
        #expect(state.duty.form == nil && !state.duty.formSubmitted)
    }

    @Test func theRotationFormFooterSaysPreview() throws {
        var state = DutyScene.runtime().state
        _ = try press(&state, "g")
        let footer = try #require(ScreenView.render(state).plainText.split(separator: "\n").last)
        #expect(footer.contains("Enter предпросмотр"))
        #expect(!footer.contains("сохранить"))
    }

    @Test func theRotationPreviewScrollsOnASmallScreen() throws {
        var state = DutyScene.runtime().state
        state.size = ScreenSize(width: 60, height: 15)
        let tuesday = LocalDate(year: 2026, month: 11, day: 10)!
        let order = RotationOrder(pageID: "lib-vk", from: tuesday, to: tuesday.adding(days: 5))
        let shifts = (0..<6).map { day in
            Shift(pageID: "lib-vk", username: ["belova", "morozov", "nikitina"][day % 3],
                  start: DutyScene.local(10 + day, 10), end: DutyScene.local(10 + day, 20), origin: .rotation)
        }
        let plan = RotationPlan(order: order, team: ["belova", "morozov", "nikitina"],
                                proposal: RotationProposal(shifts: shifts, uncovered: [], openTime: [:], fullyAvailable: [],
                                                           longestShiftOpenTime: 0),
                                removed: [], kept: [], applied: false)
        _ = Update.apply(.duty(.rotationPreviewed(plan)), to: &state)
        let first = ScreenView.render(state).plainText
        #expect(first.contains("10.11.2026 (вт)") && !first.contains("15.11.2026 (вс)"))
        #expect(first.contains("смены 1–"))
        _ = try press(&state, "j j j j j j j")
        let last = ScreenView.render(state).plainText
        #expect(last.contains("15.11.2026 (вс)") && !last.contains("10.11.2026 (вт)"))
        #expect(last.contains("из 6"))
        _ = try press(&state, "PageUp")
        #expect(ScreenView.render(state).plainText.contains("10.11.2026 (вт)"))
    }

    @Test func moveKeepsTheLength() throws {
        var state = DutyScene.runtime().state
        let effects = try press(&state, "m Right Right Down BSpace BSpace 30 Enter")
        #expect(edits(effects) == [.reschedule(shiftID: 2, start: DutyScene.local(11, 16, 30), end: DutyScene.local(11, 20, 30))])
    }

    @Test func anAbsenceIsRecordedFromTheForm() throws {
        var state = DutyScene.runtime().state
        let effects = try press(&state, "A Right Down BSpace BSpace 11 Down BSpace BSpace 12 Down Right Enter")
        #expect(edits(effects) == [.absence(username: "nikitina", from: LocalDate(year: 2026, month: 11, day: 11)!,
                                            to: LocalDate(year: 2026, month: 11, day: 12)!, reason: .sickLeave)])
    }

    @Test func weeksAndPagesChangeWhatIsLoaded() throws {
        var state = DutyScene.runtime().state
        #expect(try press(&state, "]").contains(.duty(.load(.page("lib-vk"), weekOf: LocalDate(year: 2026, month: 11, day: 16)!))))
        #expect(try press(&state, "[").contains(.duty(.load(.page("lib-vk"), weekOf: LocalDate(year: 2026, month: 11, day: 2)!))))
        #expect(try press(&state, "t").contains(.duty(.load(.page("lib-vk"), weekOf: nil))))
        #expect(try press(&state, "p").contains(.duty(.load(.page("kids-vk"), weekOf: nil))))
    }

    @Test func aRefusedChangeIsShownAndTheWeekReloaded() {
        var state = DutyScene.runtime().state
        let effects = Update.apply(.duty(.editFailed(Localized(ru: "Громов занят", en: "busy"))), to: &state)
        #expect(state.notice?.text.ru == "Громов занят")
        #expect(state.notice?.role == .error)
        #expect(effects.contains(.duty(.load(.page("lib-vk"), weekOf: nil))))
    }

    @Test func anAbsenceOffersItsShiftsToColleagues() throws {
        var state = DutyScene.runtime().state
        let shift = DutyScene.shifts[2]
        let outcome = AbsenceOutcome(absenceID: 1, username: "belova",
                                     absence: DutyScene.absences["belova"]![0],
                                     affected: [AffectedShift(shift: shift, candidates: ["morozov", "nikitina"])])
        _ = Update.apply(.duty(.absenceRecorded(outcome, Localized(ru: "ok", en: "ok"))), to: &state)
        guard case .cover(let form) = state.duty.form else { Issue.record("no offer"); return }
        #expect(form.rows.first?.choice == 0)
        #expect(ScreenView.render(state).plainText.contains("Кто заменит: Белова И."))
        // → nikitina; Enter hands the shift over.
        #expect(edits(try press(&state, "Right Enter")) == [.cover([ShiftAssignment(shiftID: 3, username: "nikitina")])])
    }

    @Test func leavingAnAbsenceUncoveredChangesNothing() throws {
        var state = DutyScene.runtime().state
        let outcome = AbsenceOutcome(absenceID: 1, username: "belova", absence: DutyScene.absences["belova"]![0],
                                     affected: [AffectedShift(shift: DutyScene.shifts[2], candidates: ["morozov"])])
        _ = Update.apply(.duty(.absenceRecorded(outcome, Localized(ru: "ok", en: "ok"))), to: &state)
        // ← from the first candidate: "uncovered".
        #expect(edits(try press(&state, "Left Enter")).isEmpty)
        #expect(state.duty.form == nil)
    }

    @Test func generatePreviewsFirstThenApplies() throws {
        var state = DutyScene.runtime().state
        _ = try press(&state, "g")
        guard case .generate(let form) = state.duty.form else { Issue.record("no form"); return }
        // Tomorrow at the earliest: today's shifts have started and are not rewritten.
        #expect(form.from == "2026-11-10" && form.to == "2026-11-15" && form.split.isEmpty)
        let tuesday = LocalDate(year: 2026, month: 11, day: 10)!, sunday = LocalDate(year: 2026, month: 11, day: 15)!
        let order = RotationOrder(pageID: "lib-vk", from: tuesday, to: sunday, pattern: .split(at: TimeOfDay(hour: 15, minute: 0)!))
        // A preview is asked for, nothing is written yet.
        let effects = try press(&state, "Down Down 15:00 Enter")
        #expect(effects.contains(.duty(.previewRotation(order))))
        #expect(edits(effects).isEmpty)
        let plan = RotationPlan(order: order, team: ["belova", "morozov"],
                                proposal: RotationProposal(shifts: [], uncovered: [], openTime: [:], fullyAvailable: [],
                                                           longestShiftOpenTime: 0),
                                removed: [], kept: [], applied: false)
        _ = Update.apply(.duty(.rotationPreviewed(plan)), to: &state)
        #expect(ScreenView.render(state).plainText.contains("Предпросмотр ротации: lib-vk"))
        #expect(edits(try press(&state, "Enter")) == [.applyRotation(order)])
    }

    @Test(arguments: [DutyKeyContext.panel, .readOnlyPanel, .picker, .confirmDelete, .shiftForm, .absenceForm, .coverForm,
                      .generateForm, .rotationPreview, .refusal])
    func everyDutyBindingHasHelpInBothLanguagesAndNoKeyIsBoundTwice(_ context: DutyKeyContext) {
        var seen = Set<Key>()
        for binding in KeyMap.bindings(for: .duty(context)) {
            #expect(!binding.help.ru.isEmpty && !binding.help.en.isEmpty && !binding.hint.ru.isEmpty && !binding.hint.en.isEmpty)
            for key in binding.keys {
                #expect(seen.insert(key).inserted, "\(key) bound twice in \(context)")
            }
        }
        // Every form can be left with Esc, and Ctrl-C always quits.
        #expect(KeyMap.binding(for: .escape, in: .duty(context)) != nil)
        #expect(KeyMap.binding(for: .control("c"), in: .duty(context))?.command == .forceQuit)
    }

    @Test func aRunningClockReadsTheWeekAgainEveryMinuteOnly() {
        let session = Session(username: "morozov", staff: DutyScene.morozov, language: .ru, clockIsFixed: false,
                              localClock: LocalClock(timeZone: InboxScene.moscow))
        var state = AppState(size: ScreenSize(width: 100, height: 30), session: session, now: InboxScene.now)
        _ = Update.apply(.key(.character("3")), to: &state)
        _ = Update.apply(.duty(.loaded(DutyScene.data())), to: &state)
        let soon = Update.apply(.tick(InboxScene.now.addingTimeInterval(30), uptime: 30), to: &state)
        #expect(!soon.contains { if case .duty(.load) = $0 { true } else { false } })
        let later = Update.apply(.tick(InboxScene.now.addingTimeInterval(61), uptime: 61), to: &state)
        #expect(later.contains(.duty(.load(.page("lib-vk"), weekOf: nil))))
        // One at a time, until it arrives.
        let again = Update.apply(.tick(InboxScene.now.addingTimeInterval(62), uptime: 62), to: &state)
        #expect(!again.contains { if case .duty(.load) = $0 { true } else { false } })
    }
}
