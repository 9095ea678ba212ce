/// One line of a feature's scrolled text: pieces in their own style roles, drawn left to right.
struct PanelLine: Equatable, Sendable {
    struct Piece: Equatable, Sendable {
        let text: String
        let role: StyleRole
    }

    var pieces: [Piece]

    init(_ pieces: [Piece]) {
        self.pieces = pieces
    }

    init(_ text: String, _ role: StyleRole = .normal) {
        pieces = [Piece(text: text, role: role)]
    }

    static let blank = PanelLine("")

    var text: String { pieces.map(\.text).joined() }

    /// Draws the line from `column`, cut at `limit` cells.
    func draw(on canvas: inout Canvas, row: Int, column: Int, limit: Int) {
        var x = column
        for piece in pieces {
            let room = column + limit - x
            guard room > 0 else { break }
            let fitted = TerminalCells.width(of: piece.text) > room ? TextFitting.truncate(piece.text, to: room) : piece.text
            x = canvas.write(fitted, row: row, column: x, role: piece.role, limit: room)
        }
    }

    /// Parts joined by " · " after `label`, wrapped at the parts to `width` cells; the lines
    /// after the first are indented. A part longer than a line is cut.
    static func flow(_ label: String, _ parts: [String], width: Int, role: StyleRole = .normal) -> [PanelLine] {
        let indent = "   "
        var lines: [String] = []
        var line = " " + label
        var lineHasPart = false
        for part in parts {
            let separator = lineHasPart ? " · " : ""
            if TerminalCells.width(of: line + separator + part) <= width || !lineHasPart {
                line += separator + part
                lineHasPart = true
            } else {
                lines.append(line)
                line = indent + part
            }
        }
        lines.append(line)
        return lines.map { PanelLine(TextFitting.truncate($0, to: width), role) }
    }
}
