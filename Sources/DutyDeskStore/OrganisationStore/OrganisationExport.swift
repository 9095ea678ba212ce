import DutyDeskCore
import Foundation
import GRDB

/// Reads the organisation back out of the database, in the shape `setup export` writes.
public enum OrganisationExport {
    public static func read(_ db: Database) throws -> Organisation {
        let defaultZone = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'default_timezone'")
            ?? Organisation.standardTimeZone
        let departments = try Row.fetchAll(db, sql: "SELECT * FROM departments ORDER BY id").map { row in
            let headName: String? = row["head_name"]
            return Department(id: row["id"], name: row["name"],
                              head: headName.map { DepartmentHead(name: $0, email: row["head_email"]) },
                              calendar: try CalendarCoding.decode(row["calendar"]))
        }
        let pages = try Row.fetchAll(db, sql: "SELECT * FROM pages ORDER BY rowid").compactMap { row -> Page? in
            guard let network = Network(rawValue: row["network"]) else { return nil }
            return Page(id: row["id"], network: network, externalID: row["external_id"], name: row["name"],
                        url: row["url"], departmentID: row["department_id"],
                        approvalDay: (row["approval_day"] as String?).flatMap(Weekday.init(code:)),
                        discussionChatID: row["discussion_chat_id"], botUsername: row["bot_username"])
        }
        let staff = try Row.fetchAll(db, sql: "SELECT * FROM staff WHERE active = 1 ORDER BY rowid").map { row in
            let username: String = row["username"]
            var roles: [String: StaffRole] = [:]
            for roleRow in try Row.fetchAll(db, sql: "SELECT page_id, role FROM staff_roles WHERE username = ?",
                                            arguments: [username]) {
                if let role = StaffRole(rawValue: roleRow["role"]) { roles[roleRow["page_id"]] = role }
            }
            let absences = try Row.fetchAll(db, sql: """
                SELECT from_date, to_date, reason FROM absences WHERE username = ? ORDER BY from_date
                """, arguments: [username]).compactMap { absence -> Absence? in
                guard let from = LocalDate(iso: absence["from_date"]), let to = LocalDate(iso: absence["to_date"]),
                      let reason = AbsenceReason(rawValue: absence["reason"]) else { return nil }
                return Absence(from: from, to: to, reason: reason)
            }
            return StaffMember(username: username, name: row["name"], email: row["email"], roles: roles,
                               absences: absences)
        }
        return Organisation(defaultTimeZone: defaultZone, departments: departments, pages: pages, staff: staff)
    }
}
