import DutyDeskCore
import GRDB

/// Finds the staff record behind a username, with its roles, for `AccessPolicy`.
public enum OperatorDirectory {
    /// The operator, or nil when the username is not an active staff member.
    public static func find(_ db: Database, username: String) throws -> Operator? {
        guard let name = try String.fetchOne(db, sql: "SELECT name FROM staff WHERE username = ? AND active = 1",
                                             arguments: [username]) else { return nil }
        var roles: [String: StaffRole] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT page_id, role FROM staff_roles WHERE username = ?",
                                    arguments: [username]) {
            if let role = StaffRole(rawValue: row["role"]) { roles[row["page_id"]] = role }
        }
        return Operator(username: username, name: name, roles: roles)
    }

    /// Before the first import nobody is staff, so anyone may bootstrap the organisation.
    public static func hasStaff(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM staff)") ?? false
    }
}
