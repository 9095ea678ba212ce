import DutyDeskCore
import Yams

/// One mapping of the organisation file being read: hands out its values by key, and reports
/// at once every key that is not allowed there, so a typo such as `hourz` is never ignored.
struct MappingFields {
    let node: Node
    let path: String
    private var entries: [String: (key: Node, value: Node)] = [:]

    /// Nil, with the problem reported, when the node is not a mapping.
    init?(_ node: Node, path: String, allowed: [String], log: ReadingLog) {
        guard case .mapping(let mapping) = node else {
            log.report(OrganisationFileText.expected(.mapping, found: node.kind), path: path, at: node)
            return nil
        }
        self.node = node
        self.path = path
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                log.report(OrganisationFileText.keyNotText, path: path, at: key)
                continue
            }
            let name = scalar.string
            let keyPath = FilePath.key(path, name)
            guard allowed.contains(name) else {
                log.report(OrganisationFileText.unknownKey(name, allowed: allowed,
                                                          suggestion: KeySuggestion.closest(to: name, among: allowed)),
                           path: keyPath, at: key)
                continue
            }
            log.remember(keyPath, at: key)
            entries[name] = (key, value)
        }
    }

    func path(_ key: String) -> String { FilePath.key(path, key) }

    /// The value of an optional key; nil when it is absent or left empty.
    func optional(_ key: String) -> Node? {
        guard let entry = entries[key], !entry.value.isNull else { return nil }
        return entry.value
    }

    /// The value of a required key; nil, with the problem reported, when it is absent or empty.
    func required(_ key: String, log: ReadingLog) -> Node? {
        guard let entry = entries[key] else {
            log.report(OrganisationFileText.missingKey(key), path: path(key), at: node)
            return nil
        }
        guard !entry.value.isNull else {
            log.report(OrganisationFileText.missingValue(key), path: path(key), at: entry.key)
            return nil
        }
        return entry.value
    }
}
