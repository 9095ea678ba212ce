/// A staff member's role on a page (or, for the curator, on every page).
/// The raw value is the code used in the organisation file and the database.
public enum StaffRole: String, Sendable, Codable, CaseIterable {
    /// Администратор страницы: reads, replies, blocks, escalates.
    case admin
    /// Координатор страницы: an admin who also edits the schedule, staff and templates.
    case coordinator
    /// Куратор соцсетей: every page; audits and quarterly statistics.
    case curator
    /// Заведующий отделом: receives escalated complaints; usually not a dutydesk user.
    case head
}
