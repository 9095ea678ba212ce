/// Everything the coordinator sets up: the departments with their working calendars, the pages
/// the administrators answer on, and the staff with their roles and absences.
///
/// A plain value: the organisation file, the database and the TUI panels all build and read it,
/// and `validate()` says what is wrong with it without touching any of them.
public struct Organisation: Sendable, Equatable {
    /// The time zone a department gets when it names none (spec: default `Europe/Moscow`).
    public static let standardTimeZone = "Europe/Moscow"

    /// The IANA time zone of departments that do not name their own.
    public var defaultTimeZone: String
    public var departments: [Department]
    public var pages: [Page]
    public var staff: [StaffMember]

    public init(
        defaultTimeZone: String = Organisation.standardTimeZone,
        departments: [Department] = [],
        pages: [Page] = [],
        staff: [StaffMember] = []
    ) {
        self.defaultTimeZone = defaultTimeZone
        self.departments = departments
        self.pages = pages
        self.staff = staff
    }

    public func department(id: String) -> Department? {
        departments.first { $0.id == id }
    }

    public func page(id: String) -> Page? {
        pages.first { $0.id == id }
    }

    public func member(username: String) -> StaffMember? {
        staff.first { $0.username == username }
    }

    /// The department a page belongs to, whose calendar sets the page's reply deadlines.
    public func department(of page: Page) -> Department? {
        department(id: page.departmentID)
    }
}
