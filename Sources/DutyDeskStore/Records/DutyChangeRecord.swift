import DutyDeskCore
import Foundation
import GRDB

/// One row of `duty_changes`: a change to the duty schedule, for the 5.15 notice.
/// Append-only (the database refuses updates and deletes); written by `DutyChangeLog`.
public struct DutyChangeRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "duty_changes"

    public var id: Int64?
    public var at: Int64
    public var actor: String
    public var pageID: String?
    public var kind: String
    public var shiftID: Int64?
    public var usernameBefore: String?
    public var usernameAfter: String?
    public var startsAt: Int64?
    public var endsAt: Int64?
    public var startsAtBefore: Int64?
    public var endsAtBefore: Int64?
    public var fromDate: String?
    public var toDate: String?
    public var note: String?

    enum CodingKeys: String, CodingKey {
        case id, at, actor
        case pageID = "page_id"
        case kind
        case shiftID = "shift_id"
        case usernameBefore = "username_before"
        case usernameAfter = "username_after"
        case startsAt = "starts_at"
        case endsAt = "ends_at"
        case startsAtBefore = "starts_at_before"
        case endsAtBefore = "ends_at_before"
        case fromDate = "from_date"
        case toDate = "to_date"
        case note
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let at = Column(CodingKeys.at)
        public static let pageID = Column(CodingKeys.pageID)
        public static let shiftID = Column(CodingKeys.shiftID)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    init(_ change: DutyChange) {
        id = change.id
        at = Self.seconds(change.at)
        actor = change.actor
        pageID = change.pageID
        kind = change.kind.rawValue
        shiftID = change.shiftID
        usernameBefore = change.usernameBefore
        usernameAfter = change.usernameAfter
        startsAt = change.start.map(Self.seconds)
        endsAt = change.end.map(Self.seconds)
        startsAtBefore = change.startBefore.map(Self.seconds)
        endsAtBefore = change.endBefore.map(Self.seconds)
        fromDate = change.fromDate?.iso
        toDate = change.toDate?.iso
        note = change.note
    }

    /// The Core value; nil for a kind this version does not know (a newer program wrote it).
    public var change: DutyChange? {
        guard let kind = DutyChange.Kind(rawValue: kind) else { return nil }
        func date(_ seconds: Int64?) -> Date? { seconds.map { Date(timeIntervalSince1970: TimeInterval($0)) } }
        return DutyChange(id: id, at: Date(timeIntervalSince1970: TimeInterval(at)), actor: actor, pageID: pageID,
                          kind: kind, shiftID: shiftID, usernameBefore: usernameBefore, usernameAfter: usernameAfter,
                          start: date(startsAt), end: date(endsAt), startBefore: date(startsAtBefore),
                          endBefore: date(endsAtBefore), fromDate: fromDate.flatMap(LocalDate.init(iso:)),
                          toDate: toDate.flatMap(LocalDate.init(iso:)), note: note)
    }

    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
}
