import DutyDeskCore
import Foundation
import GRDB

extension ModerationActions {
    /// Marks (or, with `on: false`, unmarks) an item as a critical remark or a complaint.
    /// Returns false when the item already stood so: nothing written, nothing audited.
    ///
    /// Marking is not classifying (5.12's request type is set apart); the 3.6 rules honour
    /// either. Unmarking is allowed, to correct a slip, and the audit log shows who did it.
    @discardableResult
    public func setMark(_ mark: ItemMark, on: Bool, itemID: Int64) throws -> Bool {
        try perform { db in
            let target = try ModerationTarget.load(db, itemID: itemID)
            let username = try authorise(.mark, page: target.pageID)
            let column = mark == .critical ? "is_critical" : "is_complaint"
            let current = mark == .critical ? target.record.isCritical : target.record.isComplaint
            guard current != on else { return false }
            try db.execute(sql: "UPDATE items SET \(column) = ? WHERE id = ?", arguments: [on, itemID])
            try AuditLog.append(db, actor: username, action: on ? "item.mark" : "item.unmark", pageID: target.pageID,
                                itemID: itemID, details: ["mark": mark.rawValue], at: nowSeconds)
            return true
        }
    }
}
