/// The composer's text and cursor. The cursor counts Swift `Character`s (whole graphemes), so
/// it never lands inside "👨‍👩‍👧" or between a letter and its accent; `selection` is the
/// `{{…}}` field Tab jumped to, which the next typed character replaces.
public struct ComposerText: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// 0...characters.count: before which character the cursor stands.
    public private(set) var cursor: Int
    public private(set) var selection: Range<Int>?

    public init(_ text: String = "", cursor: Int? = nil) {
        // One line ending only: "\r\n" would be a single Character the cursor could not split.
        characters = Array(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
        self.cursor = min(max(cursor ?? characters.count, 0), characters.count)
    }

    public var text: String { String(characters) }

    // MARK: editing

    public mutating func insert(_ typed: String) {
        for character in typed { insert(character) }
    }

    public mutating func insert(_ character: Character) {
        let character: Character = character == "\r" || character == "\r\n" ? "\n" : character
        removeSelection()
        // A combining mark or a joiner typed after a letter belongs to it: keep graphemes whole.
        if cursor > 0, String([characters[cursor - 1], character]).count == 1 {
            characters[cursor - 1] = Character(String([characters[cursor - 1], character]))
            return
        }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    public mutating func backspace() {
        if removeSelection() { return }
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        if removeSelection() { return }
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Appends text as a new paragraph (another template added to the reply).
    public mutating func appendParagraph(_ paragraph: String) -> Int {
        selection = nil
        var body = text
        while body.last?.isWhitespace == true { body.removeLast() }
        let start = body.isEmpty ? 0 : body.count + 2
        self = ComposerText(body.isEmpty ? paragraph : body + "\n\n" + paragraph)
        return start
    }

    @discardableResult
    private mutating func removeSelection() -> Bool {
        guard let range = selection else { return false }
        selection = nil
        characters.removeSubrange(range)
        cursor = range.lowerBound
        return true
    }

    // MARK: moving

    public mutating func moveLeft() {
        if let range = selection { cursor = range.lowerBound; selection = nil; return }
        cursor = max(cursor - 1, 0)
    }

    public mutating func moveRight() {
        if let range = selection { cursor = range.upperBound; selection = nil; return }
        cursor = min(cursor + 1, characters.count)
    }

    public mutating func moveToRowStart(width: Int) {
        selection = nil
        let layout = ComposerLayout(characters, width: width)
        cursor = layout.rows[layout.position(of: cursor).row].start
    }

    public mutating func moveToRowEnd(width: Int) {
        selection = nil
        let layout = ComposerLayout(characters, width: width)
        let row = layout.rows[layout.position(of: cursor).row]
        // A wrapped row's end is the next row's start: stop before it.
        cursor = row.endsLine || row.end == row.start ? row.end : row.end - 1
    }

    /// One visual row up or down, keeping the cell column as near as the row allows.
    public mutating func moveVertically(by delta: Int, width: Int) {
        selection = nil
        let layout = ComposerLayout(characters, width: width)
        let here = layout.position(of: cursor)
        let target = here.row + delta
        guard layout.rows.indices.contains(target) else {
            cursor = delta < 0 ? 0 : characters.count
            return
        }
        cursor = layout.index(row: target, column: here.column)
    }

    public mutating func place(cursor index: Int) {
        selection = nil
        cursor = min(max(index, 0), characters.count)
    }

    /// Selects the next `{{…}}` after the cursor (wrapping to the start); false when none is left.
    @discardableResult
    public mutating func selectNextField(from start: Int? = nil) -> Bool {
        let fields = ComposerText.fields(in: characters)
        guard !fields.isEmpty else { return false }
        let from = start ?? (selection?.upperBound ?? cursor)
        let next = fields.first { $0.lowerBound >= from } ?? fields[0]
        selection = next
        cursor = next.upperBound
        return true
    }

    /// Ranges of every `{{…}}` on one line.
    static func fields(in characters: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index + 1 < characters.count {
            if characters[index] == "{", characters[index + 1] == "{" {
                var end = index + 2
                var found: Int?
                while end + 1 < characters.count, characters[end] != "\n" {
                    if characters[end] == "}", characters[end + 1] == "}" { found = end + 2; break }
                    end += 1
                }
                if let found {
                    ranges.append(index..<found)
                    index = found
                    continue
                }
            }
            index += 1
        }
        return ranges
    }
}
