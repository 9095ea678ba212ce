/// Who takes duty on a page: its administrators and its coordinator (a coordinator is an
/// administrator who also edits the schedule). The curator and department heads are not on
/// duty unless they also hold a page role.
public enum DutyTeam {
    public static let dutyRoles: Set<StaffRole> = [.admin, .coordinator]

    /// Usernames in rotation order (alphabetical: a stable order that no edit reshuffles).
    public static func members(of pageID: String, in staff: [StaffMember]) -> [String] {
        staff.filter { member in member.roles[pageID].map(dutyRoles.contains) ?? false }
            .map(\.username).sorted()
    }
}
