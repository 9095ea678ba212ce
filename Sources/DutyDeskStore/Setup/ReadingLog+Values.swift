import DutyDeskCore
import Foundation
import Yams

/// Reading single values out of nodes: each returns nil, with the problem reported at the
/// node's line, when the value is not what the file format says it should be.
extension ReadingLog {
    func text(_ node: Node, path: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(OrganisationFileText.expected(.text, found: node.kind), path: path, at: node)
            return nil
        }
        return scalar.string
    }

    /// A whole number. Quoted digits are accepted: people quote ids to be safe, and the value is
    /// the same.
    func integer(_ node: Node, path: String) -> Int64? {
        guard let text = text(node, path: path) else { return nil }
        guard let number = Int64(text.trimmingCharacters(in: .whitespaces)) else {
            report(OrganisationFileText.notAnInteger(text), path: path, at: node)
            return nil
        }
        return number
    }

    /// A value from a fixed vocabulary (a network, a role, a weekday …).
    func code<Value>(_ node: Node, path: String, parse: (String) -> Value?,
                     otherwise message: (String) -> Localized) -> Value? {
        guard let text = text(node, path: path) else { return nil }
        guard let value = parse(text) else {
            report(message(text), path: path, at: node)
            return nil
        }
        return value
    }

    func date(_ node: Node, path: String) -> LocalDate? {
        code(node, path: path, parse: LocalDate.init(iso:), otherwise: OrganisationFileText.notADate)
    }

    func weekday(_ node: Node, path: String) -> Weekday? {
        code(node, path: path, parse: Weekday.init(code:), otherwise: OrganisationFileText.notAWeekday)
    }

    /// The elements of a list. With `singleAllowed`, one bare value stands for a list of one,
    /// so `closed: 2026-11-27` means what it says.
    func items(_ node: Node, path: String, singleAllowed: Bool = false) -> [Node]? {
        switch node {
        case .sequence(let sequence):
            return Array(sequence)
        case .scalar where singleAllowed:
            return [node]
        default:
            report(OrganisationFileText.expected(.list, found: node.kind), path: path, at: node)
            return nil
        }
    }

    /// Opening intervals such as `["11:00-14:00", "15:00-18:00"]`; an empty list is a closed day.
    /// Bad intervals are reported and left out, so the rest of the day is still checked.
    func intervals(_ node: Node, path: String) -> [OpenInterval] {
        guard let items = items(node, path: path, singleAllowed: true) else { return [] }
        return items.compactMap { item -> OpenInterval? in
            guard let text = text(item, path: path) else { return nil }
            do throws(OpenInterval.ParseError) {
                return try OpenInterval(text: text)
            } catch {
                let message: Localized = switch error {
                case .notAnInterval: OrganisationFileText.notAnInterval(text)
                case .badTime(let time): OrganisationFileText.notATime(time)
                case .endsBeforeItStarts: OrganisationFileText.endsBeforeItStarts(text)
                }
                report(message, path: path, at: item)
                return nil
            }
        }
    }
}
