import DutyDeskCore
import Foundation
import GRDB

/// Writes a validated organisation into the database, in place, inside the caller's transaction:
/// departments and pages are updated by id, staff who left are deactivated (their names stay in
/// the audit log and old shifts), and every message is kept. Open deadlines are recomputed,
/// because a changed calendar changes them.
public enum OrganisationImport {
    public struct Summary: Sendable, Equatable {
        public var departments = 0
        public var pages = 0
        public var staff = 0
        public var deactivatedStaff = 0
    }

    @discardableResult
    public static func apply(_ organisation: Organisation, to db: Database, actor: String, at now: Date) throws -> Summary {
        try refuseRemovingPagesWithItems(organisation, db)
        let stamp = Int64(now.timeIntervalSince1970)
        var summary = Summary()
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('default_timezone', ?)",
                       arguments: [organisation.defaultTimeZone])
        for department in organisation.departments {
            try db.execute(sql: """
                INSERT INTO departments (id, name, head_name, head_email, timezone, calendar, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, head_name = excluded.head_name,
                    head_email = excluded.head_email, timezone = excluded.timezone,
                    calendar = excluded.calendar, updated_at = excluded.updated_at
                """, arguments: [department.id, department.name, department.head?.name, department.head?.email,
                                 department.calendar.timeZoneIdentifier,
                                 try CalendarCoding.encode(department.calendar), stamp])
            summary.departments += 1
        }
        for page in organisation.pages {
            try db.execute(sql: """
                INSERT INTO pages (id, network, external_id, name, url, department_id, approval_day,
                                   discussion_chat_id, bot_username)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET network = excluded.network, external_id = excluded.external_id,
                    name = excluded.name, url = excluded.url, department_id = excluded.department_id,
                    approval_day = excluded.approval_day, discussion_chat_id = excluded.discussion_chat_id,
                    bot_username = excluded.bot_username
                """, arguments: [page.id, page.network.rawValue, page.externalID, page.name, page.url,
                                 page.departmentID, page.approvalDay?.rawValue, page.discussionChatID,
                                 page.botUsername])
            summary.pages += 1
        }
        let pageIDs = organisation.pages.map(\.id)
        try db.execute(sql: "DELETE FROM pages WHERE id NOT IN (\(placeholders(pageIDs.count)))",
                       arguments: StatementArguments(pageIDs))
        let departmentIDs = organisation.departments.map(\.id)
        try db.execute(sql: "DELETE FROM departments WHERE id NOT IN (\(placeholders(departmentIDs.count)))",
                       arguments: StatementArguments(departmentIDs))
        summary.staff = try writeStaff(organisation.staff, db)
        let usernames = organisation.staff.map(\.username)
        summary.deactivatedStaff = try deactivate(keeping: usernames, db)
        try ItemClock.refreshAll(db)
        try AuditLog.append(db, actor: actor, action: "setup.import", pageID: nil, itemID: nil,
                            details: ["departments": String(summary.departments), "pages": String(summary.pages),
                                      "staff": String(summary.staff),
                                      "deactivated": String(summary.deactivatedStaff)],
                            at: stamp)
        return summary
    }

    private static func writeStaff(_ staff: [StaffMember], _ db: Database) throws -> Int {
        for member in staff {
            try db.execute(sql: """
                INSERT INTO staff (username, name, email, active) VALUES (?, ?, ?, 1)
                ON CONFLICT(username) DO UPDATE SET name = excluded.name, email = excluded.email, active = 1
                """, arguments: [member.username, member.name, member.email])
            try db.execute(sql: "DELETE FROM staff_roles WHERE username = ?", arguments: [member.username])
            for (pageID, role) in member.roles {
                try db.execute(sql: "INSERT INTO staff_roles (username, page_id, role) VALUES (?, ?, ?)",
                               arguments: [member.username, pageID, role.rawValue])
            }
            try db.execute(sql: "DELETE FROM absences WHERE username = ?", arguments: [member.username])
            for absence in member.absences {
                try db.execute(sql: "INSERT INTO absences (username, from_date, to_date, reason) VALUES (?, ?, ?, ?)",
                               arguments: [member.username, absence.from.iso, absence.to.iso, absence.reason.rawValue])
            }
        }
        return staff.count
    }

    private static func deactivate(keeping usernames: [String], _ db: Database) throws -> Int {
        let keep = "username NOT IN (\(placeholders(usernames.count)))"
        try db.execute(sql: "DELETE FROM staff_roles WHERE \(keep)", arguments: StatementArguments(usernames))
        try db.execute(sql: "UPDATE staff SET active = 0 WHERE active = 1 AND \(keep)",
                       arguments: StatementArguments(usernames))
        return db.changesCount
    }

    /// A page with messages cannot silently vanish: its items would lose their page and deadlines.
    private static func refuseRemovingPagesWithItems(_ organisation: Organisation, _ db: Database) throws {
        let keep = Set(organisation.pages.map(\.id))
        let withItems = try String.fetchAll(db, sql: "SELECT DISTINCT page_id FROM items ORDER BY page_id")
        let removed = withItems.filter { !keep.contains($0) }
        if !removed.isEmpty { throw PagesStillInUse(pageIDs: removed) }
    }

    static func placeholders(_ count: Int) -> String {
        count == 0 ? "NULL" : Array(repeating: "?", count: count).joined(separator: ",")
    }
}

public struct PagesStillInUse: OperatorFacingError, Equatable {
    public let pageIDs: [String]

    public var message: Localized {
        let list = pageIDs.joined(separator: ", ")
        return Localized(
            ru: "Страницы \(list) есть в базе и у них есть сообщения; файл их не содержит. Оставьте их в файле — сообщения не удаляются. Ничего не изменено.",
            en: "Pages \(list) have messages in the database but are missing from the file. Keep them in the file: messages are never deleted. Nothing was changed.")
    }
}
