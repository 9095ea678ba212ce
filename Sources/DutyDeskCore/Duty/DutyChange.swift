import Foundation

/// One recorded change to the duty schedule: the raw material of the 5.15 notice.
public struct DutyChange: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A shift added by hand.
        case add
        /// A shift moved, lengthened or shortened.
        case reschedule
        /// A shift deleted (by hand, or replaced by a new rotation: `note == DutyChange.regenerated`).
        case delete
        /// A shift given to another person.
        case reassign
        /// One half of a swap: this shift's person became the other shift's person.
        case swap
        /// An absence recorded (vacation, sick leave).
        case absence
        /// A shift created by applying a rotation.
        case generate
    }

    /// The `note` of deletions done by applying a rotation over older rotation shifts.
    public static let regenerated = "regenerated"

    public var id: Int64?
    public var at: Date
    public var actor: String
    public var pageID: String?
    public var kind: Kind
    public var shiftID: Int64?
    public var usernameBefore: String?
    public var usernameAfter: String?
    /// The shift's period after the change (for a deletion: the period deleted).
    public var start: Date?
    public var end: Date?
    /// The period before a reschedule.
    public var startBefore: Date?
    public var endBefore: Date?
    /// An absence's dates, both included.
    public var fromDate: LocalDate?
    public var toDate: LocalDate?
    /// The absence reason code, the other shift's id of a swap, or `regenerated`.
    public var note: String?

    public init(id: Int64? = nil, at: Date, actor: String, pageID: String?, kind: Kind, shiftID: Int64? = nil,
                usernameBefore: String? = nil, usernameAfter: String? = nil, start: Date? = nil, end: Date? = nil,
                startBefore: Date? = nil, endBefore: Date? = nil, fromDate: LocalDate? = nil, toDate: LocalDate? = nil,
                note: String? = nil) {
        self.id = id
        self.at = at
        self.actor = actor
        self.pageID = pageID
        self.kind = kind
        self.shiftID = shiftID
        self.usernameBefore = usernameBefore
        self.usernameAfter = usernameAfter
        self.start = start
        self.end = end
        self.startBefore = startBefore
        self.endBefore = endBefore
        self.fromDate = fromDate
        self.toDate = toDate
        self.note = note
    }
}
