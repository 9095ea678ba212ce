import DutyDeskCore
import Foundation
import GRDB

extension DutyActions {
    /// The rotation as it would be applied now. Anyone may look; nothing is written.
    public func previewRotation(_ order: RotationOrder) throws -> RotationPlan {
        try database.reader.read { db in try Self.plan(order, db, now: now) }
    }

    /// Applies the rotation: removes the shifts the plan replaces and writes the proposed ones,
    /// in one transaction, planned again inside it so that a change made by someone else since
    /// the preview is respected, never overwritten.
    @discardableResult
    public func applyRotation(_ order: RotationOrder) throws -> RotationPlan {
        try database.writer.write { db in
            _ = try DutyFacts.timeline(db, pageID: order.pageID)
            try ScheduleEditing.check(page: order.pageID, by: actor)
            var plan = try Self.plan(order, db, now: now)
            for shift in plan.removed {
                guard let id = shift.id else { continue }
                _ = try DutyShiftRecord.deleteOne(db, key: id)
                try DutyChangeLog.record(db, DutyChange(at: now, actor: actorName, pageID: order.pageID, kind: .delete,
                                                        shiftID: id, usernameBefore: shift.username, start: shift.start,
                                                        end: shift.end, note: DutyChange.regenerated), audit: false)
            }
            for index in plan.proposal.shifts.indices {
                var record = DutyShiftRecord(plan.proposal.shifts[index], createdBy: actorName, createdAt: now)
                try record.insert(db)
                plan.proposal.shifts[index].id = record.id
                let shift = plan.proposal.shifts[index]
                try DutyChangeLog.record(db, DutyChange(at: now, actor: actorName, pageID: order.pageID, kind: .generate,
                                                        shiftID: record.id, usernameAfter: shift.username,
                                                        start: shift.start, end: shift.end), audit: false)
            }
            // One audit entry for the whole rotation: the audit reads as acts, the notice as shifts.
            try AuditLog.append(db, actor: actorName, action: "duty.rotation", pageID: order.pageID, details: [
                "from": order.from.iso, "to": order.to.iso, "pattern": order.pattern.description,
                "replace_manual": order.replaceManual ? "1" : "0",
                "created": String(plan.proposal.shifts.count), "removed": String(plan.removed.count),
            ], at: DutyChangeRecord.seconds(now))
            plan.applied = true
            return plan
        }
    }

    static func plan(_ order: RotationOrder, _ db: Database, now: Date) throws -> RotationPlan {
        guard order.from <= order.to else { throw ShiftProblem.emptyPeriod(from: order.from, to: order.to) }
        guard order.from.days(until: order.to) < RotationOrder.longestPeriodDays else {
            throw ShiftProblem.periodTooLong(days: RotationOrder.longestPeriodDays)
        }
        let timeline = try DutyFacts.timeline(db, pageID: order.pageID)
        let earliest = RotationOrder.earliestStart(now: now, timeline: timeline)
        guard order.from >= earliest else { throw ShiftProblem.periodStartsTooEarly(from: order.from, earliest: earliest) }
        let staff = try DutyFacts.staff(db)
        let team = DutyTeam.members(of: order.pageID, in: staff)
        var request = RotationRequest(pageID: order.pageID, timeline: timeline, team: team,
                                      absences: DutyFacts.absences(staff), from: order.from, to: order.to,
                                      pattern: order.pattern)
        let window = request.window
        let onPage = try DutyFacts.shifts(db, pageID: order.pageID, overlapping: window)
        let removed = onPage.filter { shift in
            shift.start >= window.start && (order.replaceManual || shift.origin == .rotation)
        }
        request.kept = onPage.filter { !removed.contains($0) }
        request.busy = try team.flatMap { username in
            try DutyFacts.shifts(db, username: username, overlapping: window).filter { $0.pageID != order.pageID }
        }
        return RotationPlan(order: order, team: team, proposal: RotationGenerator.propose(request),
                            removed: removed, kept: request.kept, applied: false)
    }
}
