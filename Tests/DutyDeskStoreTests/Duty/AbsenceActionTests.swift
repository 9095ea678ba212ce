import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskStore

/// Recording an absence: stored, noticed, and its shifts offered to free colleagues.
struct AbsenceActionTests {
    @Test func anAbsenceListsItsShiftsWithFreeColleagues() throws {
        try DutyStoreFixture.with { f in
            let own = try f.shifts(username: "fedorova").filter { $0.start >= f.local("2026-11-12 00:00") && $0.start < f.local("2026-11-14 00:00") }
            try #require(!own.isEmpty)
            let outcome = try f.actions(as: "belova").recordAbsence(
                username: "fedorova", from: LocalDate(iso: "2026-11-12")!, to: LocalDate(iso: "2026-11-13")!,
                reason: .sickLeave, note: "больничный лист")
            #expect(Set(outcome.affected.map(\.shift)) == Set(own))
            for item in outcome.affected {
                #expect(!item.candidates.contains("fedorova"))
                for candidate in item.candidates {
                    let busy = try f.shifts(username: candidate).contains { $0.overlaps(item.shift) }
                    #expect(!busy, "\(candidate) is free for \(item.shift)")
                    let team = try f.database.reader.read { try DutyQuery.team($0, pageID: item.shift.pageID) }
                    #expect(team.contains(candidate))
                }
            }
            let absences = try f.database.reader.read { try DutyQuery.absences($0) }
            #expect(absences["fedorova"]?.contains { $0.reason == .sickLeave && $0.from == LocalDate(iso: "2026-11-12") } == true)
            let change = try f.database.reader.read { try DutyQuery.changes($0, since: f.now) }.first
            #expect(change?.kind == .absence && change?.usernameBefore == "fedorova" && change?.note == "sick_leave")
        }
    }

    @Test func theAbsentPersonsShiftsShowAsGapsUntilReassigned() throws {
        try DutyStoreFixture.with { f in
            let outcome = try f.actions(as: "belova").recordAbsence(
                username: "fedorova", from: LocalDate(iso: "2026-11-12")!, to: LocalDate(iso: "2026-11-12")!, reason: .other)
            let okhta = try #require(outcome.affected.first { $0.shift.pageID == "okhta-vk" })
            let gaps = try f.database.reader.read {
                try DutyQuery.gaps($0, pageID: "okhta-vk", from: okhta.shift.start, to: okhta.shift.end)
            }
            #expect(!gaps.isEmpty)
            let candidate = try #require(okhta.candidates.first)
            try f.actions(as: "belova").assign(shiftID: okhta.shift.id!, to: candidate)
            let after = try f.database.reader.read {
                try DutyQuery.gaps($0, pageID: "okhta-vk", from: okhta.shift.start, to: okhta.shift.end)
            }
            #expect(after.isEmpty)
        }
    }

    @Test func onlyACoordinatorOfOneOfTheirPagesOrTheCuratorRecordsIt() throws {
        try DutyStoreFixture.with { f in
            let days = (LocalDate(iso: "2026-11-12")!, LocalDate(iso: "2026-11-13")!)
            // gromov works on cbs-vk and crb-tg; belova coordinates neither.
            #expect(throws: ScheduleEditDenied.self) {
                try f.actions(as: "belova").recordAbsence(username: "gromov", from: days.0, to: days.1, reason: .vacation)
            }
            #expect(throws: ScheduleEditDenied.self) {
                try f.actions(as: "fedorova").recordAbsence(username: "gromov", from: days.0, to: days.1, reason: .vacation)
            }
            try f.actions(as: "lebedeva").recordAbsence(username: "gromov", from: days.0, to: days.1, reason: .vacation)
            try f.actions(as: "orlova").recordAbsence(username: "gromov", from: days.1, to: days.1, reason: .other)
            #expect(throws: ShiftProblem.emptyPeriod(from: days.1, to: days.0)) {
                try f.actions(as: "orlova").recordAbsence(username: "gromov", from: days.1, to: days.0, reason: .other)
            }
        }
    }
}
