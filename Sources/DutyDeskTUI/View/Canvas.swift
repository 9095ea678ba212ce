/// One screen cell: a character (a whole grapheme, with its combining marks), the cells it
/// covers and its style role. A wide character is followed by a continuation cell of width 0.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var width: UInt8
    public var role: StyleRole

    public static let blank = Cell(character: " ", width: 1, role: .normal)

    static func continuation(_ role: StyleRole) -> Cell {
        Cell(character: " ", width: 0, role: role)
    }

    public var isContinuation: Bool { width == 0 }
}

/// What the screen should show: a grid of cells, produced by the views and drawn either by
/// the terminal or as plain text (`snapshot`, golden tests).
public struct Canvas: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var rows: [[Cell]]

    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        rows = Array(repeating: Array(repeating: Cell.blank, count: self.width), count: self.height)
    }

    /// Paints a whole row (or part of it) in one role, e.g. a header bar.
    public mutating func fill(row: Int, from column: Int = 0, to end: Int? = nil, role: StyleRole) {
        guard row >= 0, row < height else { return }
        let last = min(end ?? width, width)
        guard column < last else { return }
        for x in max(column, 0)..<last {
            rows[row][x] = Cell(character: " ", width: 1, role: role)
        }
    }

    /// Writes text at (row, column), clipped to `limit` cells (default: the row's end). Text
    /// must already be terminal-safe: control characters are refused here as a last line of
    /// defence (drawn as "?"). Returns the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, role: StyleRole, limit: Int? = nil) -> Int {
        guard row >= 0, row < height, column >= 0 else { return column }
        let end = min(limit.map { column + $0 } ?? width, width)
        var x = column
        for character in text {
            var drawn = character
            var cells = TerminalCells.width(of: character)
            if character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                drawn = "?"
                cells = 1
            }
            if cells == 0 {
                // A lone combining mark or zero-width character: attach nothing, skip it.
                continue
            }
            guard x + cells <= end else { break }
            x = put(drawn, width: cells, row: row, column: x, role: role)
        }
        return x
    }

    /// Places one character already known to be printable and `width` cells wide.
    mutating func put(_ character: Character, width: Int, row: Int, column x: Int, role: StyleRole) -> Int {
        guard row >= 0, row < height, x >= 0, x + width <= self.width else { return x }
        clearWide(row: row, at: x, span: width)
        rows[row][x] = Cell(character: character, width: UInt8(width), role: role)
        for extra in 1..<max(width, 1) {
            rows[row][x + extra] = .continuation(role)
        }
        return x + width
    }

    /// Sets the role of cells without changing their characters (a selection bar).
    public mutating func restyle(row: Int, from column: Int = 0, to end: Int? = nil, role: StyleRole) {
        guard row >= 0, row < height else { return }
        for x in max(column, 0)..<min(end ?? width, width) {
            rows[row][x].role = role
        }
    }

    /// Overwriting part of a wide character must not leave its other half behind.
    private mutating func clearWide(row: Int, at x: Int, span: Int) {
        if rows[row][x].isContinuation, x > 0 {
            rows[row][x - 1] = Cell(character: " ", width: 1, role: rows[row][x - 1].role)
        }
        let after = x + span
        if after < width, rows[row][after].isContinuation {
            rows[row][after] = Cell(character: " ", width: 1, role: rows[row][after].role)
        }
    }

    /// The canvas as plain text, one line per row, trailing blanks removed.
    public var plainText: String {
        rows.map { row in
            var line = ""
            for cell in row where !cell.isContinuation { line.append(cell.character) }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
