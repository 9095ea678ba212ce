/// A stretch of days a staff member is away (5.15), both ends included; the rotation skips them.
public struct Absence: Sendable, Equatable {
    public var from: LocalDate
    public var to: LocalDate
    public var reason: AbsenceReason

    public init(from: LocalDate, to: LocalDate, reason: AbsenceReason) {
        self.from = from
        self.to = to
        self.reason = reason
    }

    public func covers(_ date: LocalDate) -> Bool {
        from <= date && date <= to
    }
}
