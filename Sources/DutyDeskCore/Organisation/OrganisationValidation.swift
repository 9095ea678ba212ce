import Foundation

extension Organisation {
    /// Everything wrong with this organisation that can be seen from the values alone: duplicate
    /// ids, references to departments or pages that do not exist, roles in the wrong place,
    /// impossible absences, unknown time zones, overlapping hours, fields a page's network does
    /// not have. Empty when the organisation can be imported as it is.
    ///
    /// Paths use the organisation file's keys (`pages[2].department`) so that the file reader can
    /// attach a line and a TUI panel can highlight the field.
    public func validate() -> [OrganisationProblem] {
        var problems: [OrganisationProblem] = []
        if !Self.isKnownTimeZone(defaultTimeZone) {
            problems.append(OrganisationProblem(path: "timezone",
                                                message: OrganisationProblemText.unknownTimeZone(defaultTimeZone)))
        }
        problems += Self.duplicates(departments.map(\.id), list: "departments", field: "id", thing: .department)
        for (index, department) in departments.enumerated() {
            problems += departmentProblems(department, path: "departments[\(index)]")
        }
        problems += Self.duplicates(pages.map(\.id), list: "pages", field: "id", thing: .page)
        for (index, page) in pages.enumerated() {
            problems += pageProblems(page, path: "pages[\(index)]")
        }
        problems += Self.duplicates(staff.map(\.username), list: "staff", field: "username", thing: .staffMember)
        for (index, member) in staff.enumerated() {
            problems += staffProblems(member, path: "staff[\(index)]")
        }
        return problems
    }

    private func departmentProblems(_ department: Department, path: String) -> [OrganisationProblem] {
        var problems = Self.emptyFieldProblems(["id": department.id, "name": department.name], path: path)
        if let head = department.head {
            problems += Self.emptyFieldProblems(["name": head.name], path: path + ".head")
            if let email = head.email, !Self.looksLikeEmail(email) {
                problems.append(OrganisationProblem(path: path + ".head.email", message: OrganisationProblemText.badEmail(email)))
            }
        }
        let calendar = department.calendar
        // A department that inherits a bad default is already reported once, at `timezone`.
        if calendar.timeZoneIdentifier != defaultTimeZone, !Self.isKnownTimeZone(calendar.timeZoneIdentifier) {
            problems.append(OrganisationProblem(path: path + ".timezone",
                                                message: OrganisationProblemText.unknownTimeZone(calendar.timeZoneIdentifier)))
        }
        for weekday in Weekday.allCases {
            if let (a, b) = calendar.weeklyHours[weekday]?.firstOverlap() {
                problems.append(OrganisationProblem(path: path + ".hours.\(weekday.rawValue)",
                                                    message: OrganisationProblemText.overlap(a, b)))
            }
        }
        for date in calendar.specialDays.keys.sorted() {
            if let (a, b) = calendar.specialDays[date]?.firstOverlap() {
                problems.append(OrganisationProblem(path: path + ".special.\(date.iso)",
                                                    message: OrganisationProblemText.overlap(a, b)))
            }
        }
        return problems
    }

    /// One problem per repeated id, at each later occurrence, naming the first. Empty ids are
    /// left to the "must not be empty" check so one mistake is told once.
    static func duplicates(_ ids: [String], list: String, field: String,
                           thing: OrganisationProblemText.Thing) -> [OrganisationProblem] {
        var firstIndex: [String: Int] = [:]
        var problems: [OrganisationProblem] = []
        for (index, id) in ids.enumerated() where !id.isEmpty {
            if let first = firstIndex[id] {
                problems.append(OrganisationProblem(
                    path: "\(list)[\(index)].\(field)",
                    message: OrganisationProblemText.duplicate(thing, id, firstAt: "\(list)[\(first)]")))
            } else {
                firstIndex[id] = index
            }
        }
        return problems
    }

    /// Fields given in a fixed order (the file's), so the problems come out in that order too.
    static func emptyFieldProblems(_ fields: KeyValuePairs<String, String>, path: String) -> [OrganisationProblem] {
        fields.compactMap { field, value in
            value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                ? OrganisationProblem(path: "\(path).\(field)", message: OrganisationProblemText.empty(field))
                : nil
        }
    }

    static func isKnownTimeZone(_ identifier: String) -> Bool {
        !identifier.isEmpty && TimeZone(identifier: identifier) != nil
    }

    /// Deliberately loose: one "@" with something on both sides and a dot in the domain. The mail
    /// server is the judge of the rest; this catches a name typed into the wrong field.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !text.contains(where: \.isWhitespace)
    }
}
