/// A library or department (отдел / библиотека): the unit whose opening hours set the reply
/// deadline of every page it runs.
public struct Department: Sendable, Equatable {
    public var id: String
    public var name: String
    public var head: DepartmentHead?
    /// Its opening hours, in its own time zone (`calendar.timeZoneIdentifier`).
    public var calendar: WorkingCalendar

    public init(id: String, name: String, head: DepartmentHead? = nil, calendar: WorkingCalendar) {
        self.id = id
        self.name = name
        self.head = head
        self.calendar = calendar
    }
}
