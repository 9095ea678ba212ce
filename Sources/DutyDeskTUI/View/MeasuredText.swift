/// Text split into characters with their cell widths, measured once: drawing it again (every
/// second, for every visible line) then needs neither grapheme breaking nor `wcwidth`.
public struct MeasuredText: Equatable, Sendable {
    public let characters: [Character]
    public let widths: [UInt8]

    public init(_ text: String) {
        var characters: [Character] = []
        var widths: [UInt8] = []
        characters.reserveCapacity(text.utf8.count)
        for character in text {
            let width = TerminalCells.width(of: character)
            guard width > 0 else { continue }
            characters.append(character)
            widths.append(UInt8(min(width, 255)))
        }
        self.characters = characters
        self.widths = widths
    }

    /// How many leading characters fit in `cells`, and whether that is all of them; when not,
    /// room is left for "…".
    func fitting(_ cells: Int) -> (count: Int, all: Bool) {
        var used = 0
        var lastFitting = 0
        for index in widths.indices {
            used += Int(widths[index])
            if used > cells { return (lastFitting, false) }
            if used <= cells - 1 { lastFitting = index + 1 }
        }
        return (widths.count, true)
    }
}

extension Canvas {
    /// Writes measured text cut to `limit` cells, with "…" where it was cut.
    @discardableResult
    public mutating func write(_ text: MeasuredText, row: Int, column: Int, role: StyleRole, limit: Int) -> Int {
        guard limit > 0 else { return column }
        let (count, all) = text.fitting(limit)
        var x = column
        for index in 0..<count {
            x = put(text.characters[index], width: Int(text.widths[index]), row: row, column: x, role: role)
        }
        if !all { x = put("…", width: 1, row: row, column: x, role: role) }
        return x
    }
}
