import DutyDeskCore
import Yams

/// What one reading of an organisation file found wrong, and where every path it read sits in
/// the text, so that problems found later on the finished values (`Organisation.validate()`)
/// can be pointed at a line too.
final class ReadingLog {
    struct Found {
        let line: Int
        let column: Int
        let path: String
        let message: Localized
    }

    private(set) var found: [Found] = []
    private var positions: [String: (line: Int, column: Int)] = [:]

    func report(_ message: Localized, path: String, at node: Node?) {
        let mark = node?.mark
        report(message, path: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func report(_ message: Localized, path: String, line: Int, column: Int) {
        found.append(Found(line: line, column: column, path: path, message: message))
    }

    /// Records where a path is written; the first record wins, as that is where a reader looks.
    func remember(_ path: String, at node: Node) {
        guard positions[path] == nil, let mark = node.mark else { return }
        positions[path] = (mark.line, mark.column)
    }

    /// Where a path is written, or its nearest written ancestor (a default value has no line of
    /// its own, but the item it belongs to does).
    func position(of path: String) -> (line: Int, column: Int) {
        var candidate = path
        while !candidate.isEmpty {
            if let position = positions[candidate] { return position }
            candidate = FilePath.parent(of: candidate)
        }
        return (1, 1)
    }

    /// Whether reading already found something wrong in the same top-level item (`pages[2]`).
    /// Such an item was filled in with placeholders, so what validation says about it would be
    /// noise next to the real mistake.
    func hasProblem(inItemOf path: String) -> Bool {
        let item = FilePath.item(of: path)
        return found.contains { FilePath.item(of: $0.path) == item }
    }
}

/// The dotted paths problems are reported at: `departments[0].hours.tue`.
enum FilePath {
    static func key(_ parent: String, _ key: String) -> String {
        parent.isEmpty ? key : "\(parent).\(key)"
    }

    static func index(_ parent: String, _ index: Int) -> String {
        "\(parent)[\(index)]"
    }

    /// `departments[0].hours.tue` → `departments[0].hours` → `departments[0]` → `departments` → "".
    static func parent(of path: String) -> String {
        guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return "" }
        return String(path[..<cut])
    }

    /// The top-level list item a path is inside (`pages[2]`), or its first key (`timezone`).
    static func item(of path: String) -> String {
        if let close = path.firstIndex(of: "]"),
           path[..<close].allSatisfy({ $0 != "." }) {
            return String(path[...close])
        }
        return String(path.prefix { $0 != "." && $0 != "[" })
    }
}
