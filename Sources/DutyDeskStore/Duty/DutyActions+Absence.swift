import DutyDeskCore
import Foundation
import GRDB

extension DutyActions {
    /// Records an absence (vacation, sick leave) and returns the person's shifts that fall in it,
    /// with suggested replacements. The shifts themselves stay until someone reassigns them: the
    /// coordinator decides, and meanwhile the panel shows them as not covering.
    @discardableResult
    public func recordAbsence(username: String, from: LocalDate, to: LocalDate, reason: AbsenceReason,
                              note: String? = nil) throws -> AbsenceOutcome {
        guard from <= to else { throw ShiftProblem.emptyPeriod(from: from, to: to) }
        return try database.writer.write { db in
            let staff = try DutyFacts.staff(db)
            guard let member = staff.first(where: { $0.username == username }) else {
                throw ShiftProblem.unknownPerson(username: username)
            }
            try ScheduleEditing.checkAbsence(of: member, by: actor)
            var record = AbsenceRecord(username: username, fromDate: from.iso, toDate: to.iso, reason: reason, note: note)
            try record.insert(db)
            try DutyChangeLog.record(db, DutyChange(at: now, actor: actorName, pageID: nil, kind: .absence,
                                                    usernameBefore: username, fromDate: from, toDate: to,
                                                    note: reason.rawValue))
            let absence = Absence(from: from, to: to, reason: reason)
            var everyone = staff
            if let index = everyone.firstIndex(where: { $0.username == username }) {
                everyone[index].absences.append(absence)
            }
            return AbsenceOutcome(absenceID: record.id ?? 0, username: username, absence: absence,
                                  affected: try Self.affectedShifts(db, of: username, during: absence, staff: everyone))
        }
    }

    /// The person's shifts on the absence's dates (in each page's own zone), with who could take them.
    static func affectedShifts(_ db: Database, of username: String, during absence: Absence,
                               staff: [StaffMember]) throws -> [AffectedShift] {
        let calendars = try PageCalendars.loadAll(db)
        // A day of margin on each side covers every time zone's idea of those dates.
        let around = DateInterval(start: Date(timeIntervalSince1970: TimeInterval((absence.from.dayNumber - 1) * 86_400)),
                                  end: Date(timeIntervalSince1970: TimeInterval((absence.to.dayNumber + 2) * 86_400)))
        let absences = DutyFacts.absences(staff)
        var result: [AffectedShift] = []
        for shift in try DutyFacts.shifts(db, username: username, overlapping: around) {
            guard let timeline = calendars[shift.pageID]?.timeline else { continue }
            let dates = shift.localDates(on: timeline)
            guard dates.contains(where: absence.covers) else { continue }
            var candidates: [String] = []
            for other in DutyTeam.members(of: shift.pageID, in: staff) where other != username {
                let away = (absences[other] ?? []).contains { a in dates.contains(where: a.covers) }
                let busy = try !DutyFacts.shifts(db, username: other, overlapping: shift.interval).isEmpty
                if !away && !busy { candidates.append(other) }
            }
            result.append(AffectedShift(shift: shift, candidates: candidates))
        }
        return result
    }
}
