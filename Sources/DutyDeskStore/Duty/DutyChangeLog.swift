import DutyDeskCore
import Foundation
import GRDB

/// Writes a schedule change to both journals, in the caller's transaction: `duty_changes` for
/// the 5.15 notice and the audit log for 5.14, so neither can miss a change the other has.
enum DutyChangeLog {
    @discardableResult
    static func record(_ db: Database, _ change: DutyChange, audit: Bool = true) throws -> DutyChange {
        var record = DutyChangeRecord(change)
        try record.insert(db)
        if audit {
            var details: [String: String] = [:]
            if let id = change.shiftID { details["shift_id"] = String(id) }
            if let before = change.usernameBefore { details["username_before"] = before }
            if let after = change.usernameAfter { details["username_after"] = after }
            if let start = change.start { details["starts_at"] = String(DutyChangeRecord.seconds(start)) }
            if let end = change.end { details["ends_at"] = String(DutyChangeRecord.seconds(end)) }
            if let start = change.startBefore { details["starts_at_before"] = String(DutyChangeRecord.seconds(start)) }
            if let end = change.endBefore { details["ends_at_before"] = String(DutyChangeRecord.seconds(end)) }
            if let from = change.fromDate { details["from_date"] = from.iso }
            if let to = change.toDate { details["to_date"] = to.iso }
            if let note = change.note { details["note"] = note }
            try AuditLog.append(db, actor: change.actor, action: "duty.\(change.kind.rawValue)", pageID: change.pageID,
                                details: details, at: DutyChangeRecord.seconds(change.at))
        }
        return record.change ?? change
    }
}
