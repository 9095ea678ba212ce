import DutyDeskCore
import Foundation
import GRDB

/// The facts every duty action and query starts from, read in the caller's transaction.
enum DutyFacts {
    static func shifts(_ db: Database, pageID: String? = nil, username: String? = nil,
                       overlapping window: DateInterval? = nil) throws -> [Shift] {
        typealias Columns = DutyShiftRecord.Columns
        var request = DutyShiftRecord.all()
        if let pageID { request = request.filter(Columns.pageID == pageID) }
        if let username { request = request.filter(Columns.username == username) }
        if let window {
            request = request.filter(Columns.endsAt > DutyChangeRecord.seconds(window.start)
                                     && Columns.startsAt < Int64(window.end.timeIntervalSince1970.rounded(.up)))
        }
        return try request.order(Columns.startsAt, Columns.pageID, Columns.username).fetchAll(db).map(\.shift)
    }

    static func shift(_ db: Database, id: Int64) throws -> Shift {
        guard let record = try DutyShiftRecord.fetchOne(db, key: id) else { throw ShiftProblem.unknownShift(id: id) }
        return record.shift
    }

    /// Active staff with their roles and absences.
    static func staff(_ db: Database) throws -> [StaffMember] {
        try OrganisationExport.read(db).staff
    }

    static func absences(_ staff: [StaffMember]) -> [String: [Absence]] {
        Dictionary(uniqueKeysWithValues: staff.filter { !$0.absences.isEmpty }.map { ($0.username, $0.absences) })
    }

    static func timeline(_ db: Database, pageID: String) throws -> OpenTimeline {
        try PageCalendars.load(db, pageID: pageID).timeline
    }

    /// Checks a shift as it would be written: the person is active staff on the page's team,
    /// present, and on no other shift then (on any page).
    static func validate(_ shift: Shift, _ db: Database, ignoring: Set<Int64> = []) throws {
        let timeline = try timeline(db, pageID: shift.pageID)
        guard let member = try staff(db).first(where: { $0.username == shift.username }) else {
            throw ShiftProblem.unknownPerson(username: shift.username)
        }
        let onTeam = member.roles[shift.pageID].map(DutyTeam.dutyRoles.contains) ?? false
        let nearby = DateInterval(start: shift.start.addingTimeInterval(-86_400),
                                  end: max(shift.start, shift.end).addingTimeInterval(86_400))
        let others = try shifts(db, username: shift.username, overlapping: nearby)
            .filter { $0.id.map { !ignoring.contains($0) } ?? true }
        try ShiftRules.check(shift, timeline: timeline, onTeam: onTeam, absences: member.absences, otherShifts: others)
    }
}
