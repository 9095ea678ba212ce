import DutyDeskCore
import GRDB

// The Core enums are stored as their raw values. Conforming them to DatabaseValueConvertible
// lets the query interface compare a column with an enum case (`Columns.status == .open`)
// and fetch them directly; Core itself stays free of SQLite.

extension Network: DatabaseValueConvertible {}
extension ItemKind: DatabaseValueConvertible {}
extension ItemStatus: DatabaseValueConvertible {}
extension RequestCategory: DatabaseValueConvertible {}
extension BlockReason: DatabaseValueConvertible {}
extension MessageDirection: DatabaseValueConvertible {}
extension StaffRole: DatabaseValueConvertible {}
extension AbsenceReason: DatabaseValueConvertible {}
extension OutboxStatus: DatabaseValueConvertible {}
