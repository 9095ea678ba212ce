import DutyDeskCore

/// Cutting and padding text by terminal cells.
public enum TextFitting {
    /// The longest prefix of `text` that fits in `cells`, with "…" when something was cut.
    public static func truncate(_ text: String, to cells: Int) -> String {
        guard cells > 0 else { return "" }
        // One pass that stops at the first character past the limit: lines are drawn every
        // second, and texts can be long.
        var used = 0
        var cut: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let width = TerminalCells.width(of: text[index])
            if cut == nil, used + width > cells - 1 { cut = index }
            used += width
            if used > cells { return String(text[..<cut!]) + "…" }
            index = text.index(after: index)
        }
        return text
    }

    /// `text` cut to `cells` and padded with spaces to exactly that width.
    public static func pad(_ text: String, to cells: Int) -> String {
        let cut = truncate(text, to: cells)
        let width = TerminalCells.width(of: cut)
        return width < cells ? cut + String(repeating: " ", count: cells - width) : cut
    }

    /// The first line of untrusted text, made terminal-safe.
    public static func firstLine(_ text: String, maxCharacters: Int = 300) -> String {
        let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return TerminalSafeText.line(String(line.prefix(maxCharacters)))
    }

    /// Splits text into lines of at most `cells`, breaking at spaces where possible.
    public static func wrap(_ text: String, width cells: Int) -> [String] {
        guard cells > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let wordWidth = TerminalCells.width(of: String(word))
                let needed = line.isEmpty ? wordWidth : lineWidth + 1 + wordWidth
                if needed <= cells {
                    if !line.isEmpty { line += " "; lineWidth += 1 }
                    line += word
                    lineWidth += wordWidth
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = ""
                lineWidth = 0
                // A word longer than the line is cut hard.
                for character in word {
                    let width = TerminalCells.width(of: character)
                    if lineWidth + width > cells {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(character)
                    lineWidth += width
                }
            }
            lines.append(line)
        }
        return lines
    }
}
