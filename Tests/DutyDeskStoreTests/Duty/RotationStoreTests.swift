import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskStore

/// Generating a rotation against the database: a preview writes nothing, applying keeps manual
/// edits, replaces earlier rotation shifts, and never double-books someone across pages.
struct RotationStoreTests {
    let nextWeek = RotationOrder(pageID: "okhta-vk", from: LocalDate(iso: "2026-11-16")!, to: LocalDate(iso: "2026-11-22")!,
                                 pattern: .split(at: TimeOfDay(text: "15:00")!))

    @Test func aPreviewWritesNothing() throws {
        try DutyStoreFixture.with { f in
            let before = try f.count("duty_shifts")
            let plan = try f.actions(as: "gromov").previewRotation(nextWeek)
            #expect(!plan.applied && !plan.proposal.shifts.isEmpty)
            #expect(plan.team == ["belova", "demo", "fedorova"])
            #expect(try f.count("duty_shifts") == before && f.count("duty_changes") == 0)
        }
    }

    @Test func applyingWritesWhatThePreviewShowed() throws {
        try DutyStoreFixture.with { f in
            let belova = try f.actions(as: "belova")
            let preview = try belova.previewRotation(nextWeek)
            let applied = try belova.applyRotation(nextWeek)
            #expect(applied.applied)
            #expect(applied.proposal.shifts.map { $0.username } == preview.proposal.shifts.map(\.username))
            #expect(applied.proposal.shifts.allSatisfy { $0.id != nil && $0.origin == .rotation })
            #expect(applied.proposal.uncovered.isEmpty && applied.proposal.isFair)
            let stored = try f.shifts(page: "okhta-vk").filter { $0.start >= f.local("2026-11-16 00:00") }
            #expect(stored == applied.proposal.shifts)
            let changes = try f.database.reader.read { try DutyQuery.changes($0, since: f.now) }
            #expect(changes.count == stored.count && changes.allSatisfy { $0.kind == .generate })
            let audit = try f.database.reader.read { try AuditLog.fetch($0) }.filter { $0.action == "duty.rotation" }
            #expect(audit.count == 1 && audit.first?.details["created"] == String(stored.count))
        }
    }

    @Test func applyingAgainReplacesTheRotationButKeepsManualShifts() throws {
        try DutyStoreFixture.with { f in
            let belova = try f.actions(as: "belova")
            let first = try belova.applyRotation(nextWeek)
            // The coordinator gives Tuesday morning to someone else by hand.
            let tuesday = try #require(first.proposal.shifts.first { $0.start == f.local("2026-11-17 11:00") })
            let other = first.team.first { $0 != tuesday.username && $0 != "demo" }!
            try belova.assign(shiftID: tuesday.id!, to: other)
            let second = try belova.applyRotation(nextWeek)
            #expect(second.kept.map(\.id) == [tuesday.id])
            #expect(second.removed.count == first.proposal.shifts.count - 1)
            let stored = try f.shifts(page: "okhta-vk").filter { $0.start >= f.local("2026-11-16 00:00") }
            #expect(stored.count == first.proposal.shifts.count)
            #expect(stored.first { $0.id == tuesday.id }?.username == other)
            let replaced = try belova.applyRotation(RotationOrder(pageID: nextWeek.pageID, from: nextWeek.from,
                                                                  to: nextWeek.to, pattern: nextWeek.pattern,
                                                                  replaceManual: true))
            #expect(replaced.kept.isEmpty && replaced.removed.contains { $0.id == tuesday.id })
        }
    }

    @Test func anAdministratorCannotApply() throws {
        try DutyStoreFixture.with { f in
            #expect(throws: ScheduleEditDenied.self) { try f.actions(as: "fedorova").applyRotation(nextWeek) }
            let changes = try f.count("duty_changes")
            #expect(changes == 0)
        }
    }

    @Test func rotationsOfPagesSharingPeopleNeverDoubleBook() throws {
        try DutyStoreFixture.with { f in
            let from = LocalDate(iso: "2026-11-16")!, to = LocalDate(iso: "2026-11-29")!
            for page in ["crb-tg", "okhta-vk", "semya-vk", "cbs-vk", "raduga-vk"] {
                try f.actions(as: "orlova").applyRotation(RotationOrder(pageID: page, from: from, to: to,
                                                                        pattern: .split(at: TimeOfDay(text: "15:00")!)))
            }
            let all = try f.shifts()
            for shift in all {
                #expect(!all.contains { $0.id != shift.id && $0.username == shift.username && $0.overlaps(shift) },
                        "\(shift) overlaps another of \(shift.username)'s shifts")
            }
            let gaps = try f.database.reader.read {
                try DutyQuery.gaps($0, from: f.local("2026-11-16 00:00"), to: f.local("2026-11-30 00:00"))
            }
            #expect(gaps.isEmpty, "\(gaps)")
        }
    }

    @Test func theDemoWeekIsARealRotationWithoutDoubleBooking() throws {
        try DutyStoreFixture.with { f in
            let all = try f.shifts()
            #expect(!all.isEmpty && all.allSatisfy { $0.origin == .rotation })
            for shift in all {
                #expect(!all.contains { $0.id != shift.id && $0.username == shift.username && $0.overlaps(shift) },
                        "\(shift) overlaps another of \(shift.username)'s shifts")
            }
        }
    }

    @Test func aBackwardsOrEndlessPeriodIsRefused() throws {
        try DutyStoreFixture.with { f in
            let backwards = RotationOrder(pageID: "okhta-vk", from: nextWeek.to, to: nextWeek.from)
            #expect(throws: ShiftProblem.self) { try f.actions(as: "belova").previewRotation(backwards) }
            let endless = RotationOrder(pageID: "okhta-vk", from: nextWeek.from, to: nextWeek.from.adding(days: 400))
            #expect(throws: ShiftProblem.periodTooLong(days: 366)) { try f.actions(as: "belova").previewRotation(endless) }
            #expect(throws: UnknownPage.self) {
                try f.actions(as: "belova").previewRotation(RotationOrder(pageID: "nope", from: nextWeek.from, to: nextWeek.to))
            }
        }
    }

    @Test func aRotationNeverStartsBeforeTomorrow() throws {
        try DutyStoreFixture.with { f in
            // The fixture's clock is Tuesday 10 November, 12:30: today's shifts have started.
            let today = LocalDate(iso: "2026-11-10")!, tomorrow = LocalDate(iso: "2026-11-11")!
            for from in [today, LocalDate(iso: "2026-11-02")!] {
                let order = RotationOrder(pageID: "okhta-vk", from: from, to: nextWeek.to)
                #expect(throws: ShiftProblem.periodStartsTooEarly(from: from, earliest: tomorrow)) {
                    try f.actions(as: "belova").previewRotation(order)
                }
                #expect(throws: ShiftProblem.periodStartsTooEarly(from: from, earliest: tomorrow)) {
                    try f.actions(as: "belova").applyRotation(order)
                }
            }
            #expect(try f.count("duty_changes") == 0)
            let fromTomorrow = try f.actions(as: "belova").previewRotation(RotationOrder(pageID: "okhta-vk", from: tomorrow,
                                                                                         to: nextWeek.to))
            #expect(fromTomorrow.proposal.shifts.allSatisfy { $0.start >= f.local("2026-11-11 00:00") })
            let message = ShiftProblem.periodStartsTooEarly(from: today, earliest: tomorrow).message.ru
            #expect(message.contains("с 10.11.2026") && message.contains("с 11.11.2026"))
        }
    }
}
