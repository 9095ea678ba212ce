/// The composer's text cut into screen rows by terminal cells: a wide character (CJK, most
/// emoji) takes two cells, a combining mark none. A row breaks after the last space that fits,
/// or mid-word when a word is longer than the row.
public struct ComposerLayout: Sendable {
    public struct Row: Equatable, Sendable {
        /// Character indexes; `end` is exclusive and never includes the line break.
        public let start: Int
        public let end: Int
        /// The row ends a line of the text (at a line break or the end), not a wrap.
        public let endsLine: Bool
    }

    public let rows: [Row]
    let widths: [Int]

    public init(_ characters: [Character], width: Int) {
        let width = max(width, 2)
        let widths = characters.map { TerminalCells.width(of: $0) }
        var rows: [Row] = []
        var start = 0
        var used = 0
        var lastSpace: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                rows.append(Row(start: start, end: index, endsLine: true))
                start = index + 1
                used = 0
                lastSpace = nil
                index += 1
                continue
            }
            if used + widths[index] > width, index > start {
                let breakAt = lastSpace.map { $0 + 1 } ?? index
                rows.append(Row(start: start, end: breakAt, endsLine: false))
                start = breakAt
                used = widths[start..<index].reduce(0, +)
                lastSpace = nil
                continue
            }
            if character == " " { lastSpace = index }
            used += widths[index]
            index += 1
        }
        rows.append(Row(start: start, end: characters.count, endsLine: true))
        self.rows = rows
        self.widths = widths
    }

    /// The row and cell column where the cursor before character `index` is drawn. At a wrap
    /// the cursor belongs to the start of the next row.
    public func position(of index: Int) -> (row: Int, column: Int) {
        for (number, row) in rows.enumerated() where index >= row.start {
            if index < row.end || (index == row.end && (row.endsLine || number == rows.count - 1)) {
                return (number, widths[row.start..<index].reduce(0, +))
            }
        }
        let last = rows.count - 1
        return (last, widths[rows[last].start..<rows[last].end].reduce(0, +))
    }

    /// The character index in `row` nearest to cell `column` without passing it.
    public func index(row number: Int, column: Int) -> Int {
        let row = rows[number]
        var used = 0
        var index = row.start
        while index < row.end, used + widths[index] <= column {
            used += widths[index]
            index += 1
        }
        // A wrapped row's end is the next row's start: stay on this row.
        if index == row.end, !row.endsLine, index > row.start { return index - 1 }
        return index
    }
}
