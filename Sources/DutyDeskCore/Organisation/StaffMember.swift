/// A person who works with the pages, known by their operating-system user name.
public struct StaffMember: Sendable, Equatable {
    /// The key of `roles` that stands for every page; only the curator's role goes there.
    public static let everyPage = Operator.everyPage

    public var username: String
    public var name: String
    /// Where duty notices are mailed (5.15); optional because a new colleague may not have one yet.
    public var email: String?
    /// Role per page id, or `everyPage` for the curator.
    public var roles: [String: StaffRole]
    public var absences: [Absence]

    public init(
        username: String,
        name: String,
        email: String? = nil,
        roles: [String: StaffRole] = [:],
        absences: [Absence] = []
    ) {
        self.username = username
        self.name = name
        self.email = email
        self.roles = roles
        self.absences = absences
    }

    public func isAbsent(on date: LocalDate) -> Bool {
        absences.contains { $0.covers(date) }
    }

    /// The same person as the role checks see them.
    public var asOperator: Operator {
        Operator(username: username, name: name, roles: roles)
    }
}
