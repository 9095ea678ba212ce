import DutyDeskCore

/// Writes an `Organisation` as an organisation file in the spec's shape and key order, so that
/// `dutydesk setup export` gives the coordinator a file to edit and import again, and reading
/// the text back gives an equal organisation.
///
/// Written by hand rather than through a YAML emitter so the layout is the one people write:
/// short lists and mappings inline (`mon: ["10:00-20:00"]`, `roles: { lib1-vk: coordinator }`),
/// names quoted, Cyrillic as it is, weekdays Monday first, dates in order.
public enum OrganisationFileWriter {
    public static func text(for organisation: Organisation) -> String {
        var lines = ["# dutydesk organisation file: edit, then load with `dutydesk setup import FILE`"]
        lines.append("timezone: \(plain(organisation.defaultTimeZone))")
        lines += section("departments", organisation.departments) {
            departmentLines($0, defaultTimeZone: organisation.defaultTimeZone)
        }
        lines += section("pages", organisation.pages, pageLines)
        lines += section("staff", organisation.staff, staffLines)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A top-level list: each item's first line behind "  - ", the rest indented to match.
    private static func section<Item>(_ key: String, _ items: [Item], _ itemLines: (Item) -> [String]) -> [String] {
        guard !items.isEmpty else { return ["\(key): []"] }
        var lines = ["\(key):"]
        for item in items {
            for (index, line) in itemLines(item).enumerated() {
                lines.append((index == 0 ? "  - " : "    ") + line)
            }
        }
        return lines
    }

    private static func departmentLines(_ department: Department, defaultTimeZone: String) -> [String] {
        let calendar = department.calendar
        var lines = ["id: \(plain(department.id))", "name: \(quoted(department.name))"]
        if let head = department.head {
            var fields = ["name: \(quoted(head.name))"]
            if let email = head.email { fields.append("email: \(quoted(email))") }
            lines.append("head: { \(fields.joined(separator: ", ")) }")
        }
        // A department on the organisation's zone inherits it, as the coordinator would write it.
        if calendar.timeZoneIdentifier != defaultTimeZone {
            lines.append("timezone: \(plain(calendar.timeZoneIdentifier))")
        }
        lines.append("holidays: \(calendar.holidays.rawValue)")
        let days = Weekday.allCases.filter { calendar.weeklyHours[$0] != nil }
        if days.isEmpty {
            lines.append("hours: {}")
        } else {
            lines.append("hours:")
            lines += days.map { "  \($0.rawValue): \(intervals(calendar.weeklyHours[$0] ?? []))" }
        }
        lines.append("sanitary_day: \(calendar.sanitaryDay.code)")
        if !calendar.closedDates.isEmpty {
            lines.append("closed: [\(calendar.closedDates.sorted().map(\.iso).joined(separator: ", "))]")
        }
        if !calendar.specialDays.isEmpty {
            lines.append("special:")
            lines += calendar.specialDays.keys.sorted().map { "  \($0.iso): \(intervals(calendar.specialDays[$0] ?? []))" }
        }
        return lines
    }

    private static func pageLines(_ page: Page) -> [String] {
        var lines = ["id: \(plain(page.id))", "network: \(page.network.rawValue)", "external_id: \(page.externalID)"]
        if let discussion = page.discussionChatID { lines.append("discussion_chat_id: \(discussion)") }
        if let bot = page.botUsername { lines.append("bot_username: \(plain(bot))") }
        lines += ["name: \(quoted(page.name))", "url: \(plain(page.url))", "department: \(plain(page.departmentID))"]
        if let day = page.approvalDay { lines.append("approval_day: \(day.rawValue)") }
        return lines
    }

    private static func staffLines(_ member: StaffMember) -> [String] {
        var lines = ["username: \(plain(member.username))", "name: \(quoted(member.name))"]
        if let email = member.email { lines.append("email: \(plain(email))") }
        let roles = member.roles.sorted { $0.key < $1.key }
            .map { "\(YAMLScalarText.plainOrQuoted($0.key, inFlow: true)): \($0.value.rawValue)" }
        lines.append(roles.isEmpty ? "roles: {}" : "roles: { \(roles.joined(separator: ", ")) }")
        if !member.absences.isEmpty {
            // In the order given: the list is the coordinator's, and its order is part of the value.
            lines.append("absences:")
            lines += member.absences.map {
                "  - { from: \($0.from.iso), to: \($0.to.iso), reason: \($0.reason.rawValue) }"
            }
        }
        return lines
    }

    private static func intervals(_ list: [OpenInterval]) -> String {
        "[" + list.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }

    private static func plain(_ text: String) -> String { YAMLScalarText.plainOrQuoted(text) }
    private static func quoted(_ text: String) -> String { YAMLScalarText.quoted(text) }
}
