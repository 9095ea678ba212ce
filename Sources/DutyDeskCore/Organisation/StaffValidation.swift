extension Organisation {
    func staffProblems(_ member: StaffMember, path: String) -> [OrganisationProblem] {
        var problems = Self.emptyFieldProblems(["username": member.username, "name": member.name], path: path)
        if !member.username.isEmpty, !Self.isUsername(member.username) {
            problems.append(OrganisationProblem(path: path + ".username",
                                                message: OrganisationProblemText.badUsername(member.username)))
        }
        if let email = member.email, !Self.looksLikeEmail(email) {
            problems.append(OrganisationProblem(path: path + ".email", message: OrganisationProblemText.badEmail(email)))
        }
        let knownPages = pages.map(\.id)
        for (pageID, role) in member.roles.sorted(by: { $0.key < $1.key }) {
            let rolePath = "\(path).roles.\(pageID)"
            if pageID == StaffMember.everyPage {
                if role != .curator {
                    problems.append(OrganisationProblem(path: rolePath,
                                                        message: OrganisationProblemText.onlyCuratorEverywhere(role)))
                }
            } else if role == .curator {
                problems.append(OrganisationProblem(path: rolePath, message: OrganisationProblemText.curatorOnlyEverywhere))
            } else if page(id: pageID) == nil {
                problems.append(OrganisationProblem(path: rolePath,
                                                    message: OrganisationProblemText.unknownPage(pageID, known: knownPages)))
            }
        }
        for (index, absence) in member.absences.enumerated() where absence.from > absence.to {
            problems.append(OrganisationProblem(path: "\(path).absences[\(index)]",
                                                message: OrganisationProblemText.absenceBackwards(from: absence.from, to: absence.to)))
        }
        return problems
    }

    /// The operating system is lenient about user names; these are the characters that would
    /// break `getpwuid` lookups, /etc/passwd lines or paths.
    static func isUsername(_ name: String) -> Bool {
        !name.contains { $0.isWhitespace || $0 == ":" || $0 == "/" || $0.isNewline }
    }
}
