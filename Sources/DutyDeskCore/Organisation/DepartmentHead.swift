/// The head of a department (заведующий отделом), to whom complaints are escalated (3.7).
/// Often not a dutydesk user, so only a name and an address to write to.
public struct DepartmentHead: Sendable, Equatable {
    public var name: String
    public var email: String?

    public init(name: String, email: String? = nil) {
        self.name = name
        self.email = email
    }
}
