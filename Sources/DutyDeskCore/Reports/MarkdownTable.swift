/// A Markdown table whose cells cannot break it: pipes are escaped, line breaks and control
/// characters made harmless.
public struct MarkdownTable {
    public let header: [String]
    /// Per column: true when numbers (right-aligned).
    public let numeric: [Bool]
    public private(set) var rows: [[String]] = []

    public init(header: [String], numeric: [Bool]) {
        self.header = header
        self.numeric = numeric
    }

    public mutating func add(_ cells: String...) {
        rows.append(cells)
    }

    public var text: String {
        var lines = [line(header)]
        lines.append("|" + numeric.map { $0 ? "---:" : "---" }.joined(separator: "|") + "|")
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.map(Self.cell).joined(separator: " | ") + " |"
    }

    static func cell(_ text: String) -> String {
        TerminalSafeText.line(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
