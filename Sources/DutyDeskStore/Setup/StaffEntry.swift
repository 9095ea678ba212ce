import DutyDeskCore
import Yams

/// Reads one item of `staff:`: the person, their role on each page, their absences.
enum StaffEntry {
    static let keys = ["username", "name", "email", "roles", "absences"]
    static let absenceKeys = ["from", "to", "reason"]

    static func read(_ node: Node, path: String, log: ReadingLog) -> StaffMember {
        guard let fields = MappingFields(node, path: path, allowed: keys, log: log) else { return placeholder }
        let username = fields.required("username", log: log).flatMap { log.text($0, path: fields.path("username")) } ?? ""
        let name = fields.required("name", log: log).flatMap { log.text($0, path: fields.path("name")) } ?? ""
        let email = fields.optional("email").flatMap { log.text($0, path: fields.path("email")) }
        let roles = fields.optional("roles").map { readRoles($0, path: fields.path("roles"), log: log) } ?? [:]
        let absences = fields.optional("absences").map { readAbsences($0, path: fields.path("absences"), log: log) } ?? []
        return StaffMember(username: username, name: name, email: email, roles: roles, absences: absences)
    }

    /// `{ lib1-vk: coordinator }`, or `{ "*": curator }`. Whether each page exists and each role
    /// fits its place is checked by `Organisation.validate()`.
    private static func readRoles(_ node: Node, path: String, log: ReadingLog) -> [String: StaffRole] {
        guard case .mapping(let mapping) = node else {
            log.report(OrganisationFileText.expected(.mapping, found: node.kind), path: path, at: node)
            return [:]
        }
        var roles: [String: StaffRole] = [:]
        for (key, value) in mapping {
            guard let pageID = log.text(key, path: path) else { continue }
            let rolePath = FilePath.key(path, pageID)
            log.remember(rolePath, at: key)
            guard !value.isNull else {
                log.report(OrganisationFileText.missingValue(pageID), path: rolePath, at: key)
                continue
            }
            if let role = log.code(value, path: rolePath, parse: { StaffRole(rawValue: $0.lowercased()) },
                                   otherwise: OrganisationFileText.notARole) {
                roles[pageID] = role
            }
        }
        return roles
    }

    private static func readAbsences(_ node: Node, path: String, log: ReadingLog) -> [Absence] {
        guard let items = log.items(node, path: path) else { return [] }
        return items.enumerated().compactMap { index, item in
            let itemPath = FilePath.index(path, index)
            log.remember(itemPath, at: item)
            guard let fields = MappingFields(item, path: itemPath, allowed: absenceKeys, log: log) else { return nil }
            let from = fields.required("from", log: log).flatMap { log.date($0, path: fields.path("from")) }
            let to = fields.required("to", log: log).flatMap { log.date($0, path: fields.path("to")) }
            let reason = fields.required("reason", log: log).flatMap {
                log.code($0, path: fields.path("reason"), parse: { AbsenceReason(rawValue: $0.lowercased()) },
                         otherwise: OrganisationFileText.notAnAbsenceReason)
            }
            guard let from, let to, let reason else { return nil }
            return Absence(from: from, to: to, reason: reason)
        }
    }

    static let placeholder = StaffMember(username: "", name: "")
}
