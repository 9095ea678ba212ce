import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// Editing shifts on a real database: who may, what the rules refuse, and that every change
/// leaves its notice row and audit entry (or, refused, nothing at all).
struct DutyActionsTests {
    @Test func theCoordinatorReassignsAShiftAndTheChangeIsRecorded() throws {
        try DutyStoreFixture.with { f in
            // Tuesday 10:00–15:00 on cbs-vk, given to a colleague with no shift then on any page.
            let shift = try f.shift("cbs-vk", at: "2026-11-10 10:00")
            let team = try f.database.reader.read { try DutyQuery.team($0, pageID: "cbs-vk") }
            let target = try #require(try team.first { person in
                try person != shift.username && !f.shifts(username: person).contains { $0.overlaps(shift) }
            })
            let after = try f.actions(as: "demo").assign(shiftID: shift.id!, to: target)
            #expect(after.username == target && after.origin == .manual)
            #expect(try f.shifts(page: "cbs-vk").first { $0.id == shift.id }?.username == target)
            let changes = try f.database.reader.read { try DutyQuery.changes($0, since: f.now) }
            #expect(changes.map(\.kind) == [.reassign])
            #expect(changes.first?.usernameBefore == shift.username && changes.first?.usernameAfter == target)
            let audit = try f.database.reader.read { try AuditLog.fetch($0) }.filter { $0.action == "duty.reassign" }
            #expect(audit.count == 1 && audit.first?.actor == "demo" && audit.first?.pageID == "cbs-vk")
        }
    }

    @Test func anAdministratorIsRefusedAndNothingChanges() throws {
        try DutyStoreFixture.with { f in
            let shift = try f.shift("cbs-vk", at: "2026-11-10 10:00")
            let before = try f.count("duty_changes")
            let audit = try f.count("audit_log")
            let error = #expect(throws: ScheduleEditDenied.self) {
                try f.actions(as: "gromov").assign(shiftID: shift.id!, to: "gromov")
            }
            #expect(error?.message.ru.contains("п. 6.1") == true)
            #expect(throws: ScheduleEditDenied.self) { try f.actions(as: "gromov").delete(shiftID: shift.id!) }
            #expect(throws: ScheduleEditDenied.self) {
                try f.actions(as: "gromov").add(pageID: "cbs-vk", username: "gromov",
                                                start: f.local("2026-11-16 10:00"), end: f.local("2026-11-16 12:00"))
            }
            // A coordinator elsewhere is only an administrator here.
            #expect(throws: ScheduleEditDenied.self) {
                try f.actions(as: "belova").delete(shiftID: shift.id!)
            }
            // Not staff at all.
            #expect(throws: ScheduleEditDenied.self) {
                try DutyActions(database: f.database, actor: nil, now: f.now).delete(shiftID: shift.id!)
            }
            #expect(try f.shifts(page: "cbs-vk").contains(shift))
            #expect(try f.count("duty_changes") == before && f.count("audit_log") == audit)
        }
    }

    @Test func theCuratorMayEditAnyPage() throws {
        try DutyStoreFixture.with { f in
            let shift = try f.shift("okhta-vk", at: "2026-11-11 11:00")
            try f.actions(as: "orlova").delete(shiftID: shift.id!)
            #expect(try !f.shifts(page: "okhta-vk").contains { $0.id == shift.id })
        }
    }

    @Test func nobodyIsPutOnTwoPagesAtOnce() throws {
        try DutyStoreFixture.with { f in
            // gromov and lebedeva share cbs-vk and crb-tg: whoever is on crb-tg then cannot take cbs-vk.
            let crb = try f.shift("crb-tg", at: "2026-11-10 10:00")
            let cbs = try f.shift("cbs-vk", at: "2026-11-10 10:00")
            let error = #expect(throws: ShiftProblem.self) {
                try f.actions(as: "demo").assign(shiftID: cbs.id!, to: crb.username)
            }
            guard case .overlaps(_, let page, _) = error else {
                Issue.record("expected an overlap, got \(String(describing: error))")
                return
            }
            #expect(page == "crb-tg")
        }
    }

    @Test func refusesPeopleOffTheTeamAbsentOrUnknown() throws {
        try DutyStoreFixture.with { f in
            let demo = try f.actions(as: "demo")
            #expect(throws: ShiftProblem.notOnTeam(username: "belova", page: "cbs-vk")) {
                try demo.add(pageID: "cbs-vk", username: "belova", start: f.local("2026-11-16 10:00"), end: f.local("2026-11-16 12:00"))
            }
            #expect(throws: ShiftProblem.unknownPerson(username: "nobody")) {
                try demo.add(pageID: "cbs-vk", username: "nobody", start: f.local("2026-11-16 10:00"), end: f.local("2026-11-16 12:00"))
            }
            // sergeev is on sick leave 2026-11-27 … 2026-12-08 in the demo organisation.
            #expect(throws: ShiftProblem.absent(username: "sergeev", date: LocalDate(iso: "2026-12-01")!, reason: .sickLeave)) {
                try demo.add(pageID: "cbs-vk", username: "sergeev", start: f.local("2026-12-01 10:00"), end: f.local("2026-12-01 12:00"))
            }
            // The last working day of the month is the central library's sanitary day.
            #expect(throws: ShiftProblem.self) {
                try demo.add(pageID: "cbs-vk", username: "gromov", start: f.local("2026-11-30 10:00"), end: f.local("2026-11-30 12:00"))
            }
            #expect(throws: ShiftProblem.unknownShift(id: 999_999)) { try demo.delete(shiftID: 999_999) }
        }
    }

    @Test func addMoveResizeAndDelete() throws {
        try DutyStoreFixture.with { f in
            let demo = try f.actions(as: "demo")
            let added = try demo.add(pageID: "cbs-vk", username: "gromov", start: f.local("2026-11-16 10:00"),
                                     end: f.local("2026-11-16 14:00"))
            let moved = try demo.move(shiftID: added.id!, to: f.local("2026-11-16 11:00"))
            #expect(moved.start == f.local("2026-11-16 11:00") && moved.end == f.local("2026-11-16 15:00"))
            let longer = try demo.reschedule(shiftID: added.id!, start: moved.start, end: f.local("2026-11-16 17:00"))
            #expect(longer.duration == 6 * 3600)
            #expect(throws: ShiftProblem.endsBeforeItStarts) {
                try demo.reschedule(shiftID: added.id!, start: f.local("2026-11-16 17:00"), end: f.local("2026-11-16 11:00"))
            }
            try demo.delete(shiftID: added.id!)
            let kinds = try f.database.reader.read { try DutyQuery.changes($0, since: f.now) }.map(\.kind)
            #expect(kinds == [.add, .reschedule, .reschedule, .delete])
            let revisions = try f.database.reader.read { try DutyQuery.revisions($0, shiftIDs: [added.id!]) }
            #expect(revisions[added.id!] == 2)
        }
    }

    @Test func swapExchangesThePeopleOfTwoShifts() throws {
        try DutyStoreFixture.with { f in
            let morning = try f.shift("okhta-vk", at: "2026-11-11 11:00")
            let evening = try f.shift("okhta-vk", at: "2026-11-11 15:00")
            try #require(morning.username != evening.username)
            let (a, b) = try f.actions(as: "belova").swap(morning.id!, evening.id!)
            #expect(a.username == evening.username && b.username == morning.username)
            let changes = try f.database.reader.read { try DutyQuery.changes($0, since: f.now) }
            #expect(changes.map(\.kind) == [.swap, .swap])
            #expect(throws: ShiftProblem.sameShift(id: morning.id!)) { try f.actions(as: "belova").swap(morning.id!, morning.id!) }
        }
    }

    @Test func theChangeJournalIsAppendOnly() throws {
        try DutyStoreFixture.with { f in
            let shift = try f.shift("okhta-vk", at: "2026-11-11 11:00")
            try f.actions(as: "belova").delete(shiftID: shift.id!)
            #expect(throws: DatabaseError.self) {
                try f.database.writer.write { try $0.execute(sql: "UPDATE duty_changes SET actor = 'x'") }
            }
            #expect(throws: DatabaseError.self) {
                try f.database.writer.write { try $0.execute(sql: "DELETE FROM duty_changes") }
            }
        }
    }
}
