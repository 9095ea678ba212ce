import Foundation
import DutyDeskCore
import Yams

/// A YAML mapping of a template header or a rule, read strictly: every key must be one of
/// the allowed ones (a typo such as `chanels` is reported, never ignored), and every value
/// can tell the file line it came from.
struct YAMLMapping {
    let node: Node
    /// File line of the mapping's first line; marks are relative to the YAML text, which may
    /// start further down the file (a template header starts on line 2).
    let lineOffset: Int
    private var values: [String: (key: Node, value: Node)] = [:]

    /// Nil, with the problem reported, when the node is not a mapping.
    init?(_ node: Node, allowed: [String], lineOffset: Int, report: (Int, Localized) -> Void) {
        self.node = node
        self.lineOffset = lineOffset
        guard case .mapping(let mapping) = node else {
            report(Self.line(of: node, offset: lineOffset), ReplyFileText.expectedMapping)
            return nil
        }
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard allowed.contains(name) else {
                report(Self.line(of: key, offset: lineOffset),
                       ReplyFileText.unknownKey(name, allowed: allowed,
                                                suggestion: KeySuggestion.closest(to: name, among: allowed)))
                continue
            }
            values[name] = (key, value)
        }
    }

    static func line(of node: Node, offset: Int) -> Int {
        (node.mark?.line ?? 1) + offset
    }

    func line(of node: Node) -> Int { Self.line(of: node, offset: lineOffset) }

    /// The line of a key, or of the mapping itself when the key is absent.
    func line(_ key: String) -> Int {
        values[key].map { line(of: $0.key) } ?? line(of: node)
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// The value of a key; nil when absent or left empty (`key:`, `~`).
    func value(_ key: String) -> Node? {
        guard let entry = values[key], !entry.value.isNull else { return nil }
        return entry.value
    }

    /// A required text value, reported when missing or not text.
    func text(_ key: String, required: Bool, report: (Int, Localized) -> Void) -> String? {
        guard let node = value(key) else {
            if required { report(line(key), ReplyFileText.missingField(key)) }
            return nil
        }
        guard case .scalar(let scalar) = node, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            report(line(of: node), ReplyFileText.expectedText(key))
            return nil
        }
        return scalar.string
    }

    /// A list of texts; a single text is taken as a list of one, as people write `channels: comment`.
    func texts(_ key: String, required: Bool, report: (Int, Localized) -> Void) -> [(text: String, line: Int)]? {
        guard let node = value(key) else {
            if required && !has(key) { report(line(key), ReplyFileText.missingField(key)) }
            return has(key) ? [] : nil
        }
        switch node {
        case .scalar(let scalar):
            return [(scalar.string, line(of: node))]
        case .sequence(let sequence):
            var result: [(String, Int)] = []
            for element in sequence {
                guard case .scalar(let scalar) = element else {
                    report(line(of: element), ReplyFileText.expectedText(key))
                    continue
                }
                result.append((scalar.string, line(of: element)))
            }
            return result
        default:
            report(line(of: node), ReplyFileText.expectedList(key))
            return nil
        }
    }

    /// `true`/`false` (and YAML's `yes`/`no`); reported otherwise.
    func flag(_ key: String, report: (Int, Localized) -> Void) -> Bool {
        guard let node = value(key) else { return false }
        switch node.string?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            report(line(of: node), ReplyFileText.expectedFlag(key))
            return false
        }
    }
}
