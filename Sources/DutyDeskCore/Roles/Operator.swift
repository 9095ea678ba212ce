/// The person at the keyboard: an operating-system user mapped to a staff record.
public struct Operator: Sendable, Equatable {
    public static let everyPage = "*"

    public let username: String
    public let name: String
    /// Role per page id; `everyPage` holds the global curator role.
    public let roles: [String: StaffRole]

    public init(username: String, name: String, roles: [String: StaffRole]) {
        self.username = username
        self.name = name
        self.roles = roles
    }

    public var isCurator: Bool { roles[Self.everyPage] == .curator }

    /// The role that counts on a page: the curator's everywhere, else the page's own.
    public func role(on pageID: String) -> StaffRole? {
        isCurator ? .curator : roles[pageID]
    }

    /// Pages this operator works on; nil means every page (the curator).
    public var pageIDs: Set<String>? {
        isCurator ? nil : Set(roles.keys.filter { $0 != Self.everyPage })
    }
}
