import DutyDeskCore
import Foundation
import GRDB

/// Every change to the duty schedule, from the CLI and the schedule panel alike.
///
/// Each action checks the actor's right to edit the page's schedule first (the coordinator of
/// the page or the curator, `ScheduleEditing`), then the shift rules (`ShiftRules`: on the
/// page's team, present, not on two shifts at once, some open time), and writes the change,
/// its `duty_changes` row and its audit entry in one transaction.
public struct DutyActions: Sendable {
    public let database: DutyDeskDatabase
    /// Nil when the person at the keyboard is not staff: every change is refused.
    public let actor: Operator?
    public let now: Date

    public init(database: DutyDeskDatabase, actor: Operator?, now: Date) {
        self.database = database
        self.actor = actor
        self.now = now
    }

    var actorName: String { actor?.username ?? "?" }

    /// Puts `username` on duty on a page for `[start, end)`.
    @discardableResult
    public func add(pageID: String, username: String, start: Date, end: Date) throws -> Shift {
        try database.writer.write { db in
            _ = try DutyFacts.timeline(db, pageID: pageID)
            try ScheduleEditing.check(page: pageID, by: actor)
            var shift = Shift(pageID: pageID, username: username, start: whole(start), end: whole(end), origin: .manual)
            try DutyFacts.validate(shift, db)
            var record = DutyShiftRecord(shift, createdBy: actorName, createdAt: now)
            try record.insert(db)
            shift.id = record.id
            try DutyChangeLog.record(db, DutyChange(at: now, actor: actorName, pageID: pageID, kind: .add,
                                                    shiftID: shift.id, usernameAfter: username,
                                                    start: shift.start, end: shift.end))
            return shift
        }
    }

    /// Moves, lengthens or shortens a shift: its new period, same person.
    @discardableResult
    public func reschedule(shiftID: Int64, start: Date, end: Date) throws -> Shift {
        try database.writer.write { db in
            let before = try DutyFacts.shift(db, id: shiftID)
            try ScheduleEditing.check(page: before.pageID, by: actor)
            var after = before
            after.start = whole(start)
            after.end = whole(end)
            after.origin = .manual
            guard after != before else { return before }
            try DutyFacts.validate(after, db)
            try save(after, db)
            try DutyChangeLog.record(db, DutyChange(at: now, actor: actorName, pageID: after.pageID, kind: .reschedule,
                                                    shiftID: shiftID, usernameBefore: before.username,
                                                    usernameAfter: after.username, start: after.start, end: after.end,
                                                    startBefore: before.start, endBefore: before.end))
            return after
        }
    }

    /// Moves a shift to start at `start`, keeping its length.
    @discardableResult
    public func move(shiftID: Int64, to start: Date) throws -> Shift {
        let shift = try database.reader.read { try DutyFacts.shift($0, id: shiftID) }
        return try reschedule(shiftID: shiftID, start: start, end: start.addingTimeInterval(shift.duration))
    }

    @discardableResult
    public func delete(shiftID: Int64) throws -> Shift {
        try database.writer.write { db in
            let shift = try DutyFacts.shift(db, id: shiftID)
            try ScheduleEditing.check(page: shift.pageID, by: actor)
            _ = try DutyShiftRecord.deleteOne(db, key: shiftID)
            try DutyChangeLog.record(db, DutyChange(at: now, actor: actorName, pageID: shift.pageID, kind: .delete,
                                                    shiftID: shiftID, usernameBefore: shift.username,
                                                    start: shift.start, end: shift.end))
            return shift
        }
    }

    /// Gives a shift to another person (assign and reassign are the same act on a stored shift).
    @discardableResult
    public func assign(shiftID: Int64, to username: String) throws -> Shift {
        try database.writer.write { db in
            let before = try DutyFacts.shift(db, id: shiftID)
            try ScheduleEditing.check(page: before.pageID, by: actor)
            guard before.username != username else { return before }
            var after = before
            after.username = username
            after.origin = .manual
            try DutyFacts.validate(after, db)
            try save(after, db)
            try DutyChangeLog.record(db, DutyChange(at: now, actor: actorName, pageID: after.pageID, kind: .reassign,
                                                    shiftID: shiftID, usernameBefore: before.username,
                                                    usernameAfter: username, start: after.start, end: after.end))
            return after
        }
    }

    /// Exchanges the people of two shifts (of one page or two). Both pages must be the actor's
    /// to edit, and after the exchange each person must still be free, present and on the team.
    @discardableResult
    public func swap(_ firstID: Int64, _ secondID: Int64) throws -> (Shift, Shift) {
        guard firstID != secondID else { throw ShiftProblem.sameShift(id: firstID) }
        return try database.writer.write { db in
            let first = try DutyFacts.shift(db, id: firstID)
            let second = try DutyFacts.shift(db, id: secondID)
            try ScheduleEditing.check(page: first.pageID, by: actor)
            try ScheduleEditing.check(page: second.pageID, by: actor)
            guard first.username != second.username else { return (first, second) }
            var newFirst = first, newSecond = second
            newFirst.username = second.username
            newSecond.username = first.username
            newFirst.origin = .manual
            newSecond.origin = .manual
            try DutyFacts.validate(newFirst, db, ignoring: [firstID, secondID])
            try DutyFacts.validate(newSecond, db, ignoring: [firstID, secondID])
            try save(newFirst, db)
            try save(newSecond, db)
            for (before, after, partner) in [(first, newFirst, secondID), (second, newSecond, firstID)] {
                try DutyChangeLog.record(db, DutyChange(at: now, actor: actorName, pageID: after.pageID, kind: .swap,
                                                        shiftID: after.id, usernameBefore: before.username,
                                                        usernameAfter: after.username, start: after.start,
                                                        end: after.end, note: String(partner)))
            }
            return (newFirst, newSecond)
        }
    }

    /// Shifts are stored in whole seconds; what an action returns is what a query reads back.
    func whole(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// Writes an edited shift over its record, keeping who created it and when.
    func save(_ shift: Shift, _ db: Database) throws {
        guard let id = shift.id, var record = try DutyShiftRecord.fetchOne(db, key: id) else {
            throw ShiftProblem.unknownShift(id: shift.id ?? 0)
        }
        record.username = shift.username
        record.startsAt = DutyChangeRecord.seconds(shift.start)
        record.endsAt = DutyChangeRecord.seconds(shift.end)
        record.origin = shift.origin.rawValue
        try record.update(db)
    }
}
