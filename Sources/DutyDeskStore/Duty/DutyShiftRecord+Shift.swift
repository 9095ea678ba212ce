import DutyDeskCore
import Foundation

extension DutyShiftRecord {
    /// A record for a new shift; times are stored as whole Unix seconds.
    init(_ shift: Shift, createdBy: String, createdAt: Date) {
        self.init(id: shift.id, pageID: shift.pageID, username: shift.username,
                  startsAt: DutyChangeRecord.seconds(shift.start), endsAt: DutyChangeRecord.seconds(shift.end),
                  createdBy: createdBy, createdAt: DutyChangeRecord.seconds(createdAt), origin: shift.origin.rawValue)
    }

    /// The Core value. An origin this version does not know reads as manual: kept, never replaced.
    public var shift: Shift {
        Shift(id: id, pageID: pageID, username: username,
              start: Date(timeIntervalSince1970: TimeInterval(startsAt)),
              end: Date(timeIntervalSince1970: TimeInterval(endsAt)),
              origin: ShiftOrigin(rawValue: origin) ?? .manual)
    }
}
