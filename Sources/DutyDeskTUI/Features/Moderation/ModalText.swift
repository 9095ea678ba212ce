/// Lines for a framed box, each with its role, wrapped to the box when drawn.
struct ModalText {
    private(set) var lines: [(text: String, role: StyleRole)] = []

    mutating func add(_ text: String, _ role: StyleRole = .normal) {
        lines.append((text, role))
    }

    mutating func blank() {
        lines.append(("", .normal))
    }

    /// Wrapped to `width` cells, each piece in its line's role. Leading spaces (the indent of
    /// a choice not selected) are kept, on every piece.
    func wrapped(width: Int) -> [(text: String, role: StyleRole)] {
        lines.flatMap { line -> [(text: String, role: StyleRole)] in
            guard !line.text.isEmpty else { return [line] }
            let indent = String(line.text.prefix { $0 == " " })
            let rest = String(line.text.dropFirst(indent.count))
            return TextFitting.wrap(rest, width: max(width - indent.count, 1)).map { (indent + $0, line.role) }
        }
    }

    static func innerWidth(_ width: Int, _ size: ScreenSize) -> Int {
        max(min(width, size.width - 2) - 4, 1)
    }

    /// How far the text can scroll in a box of `width` on this screen: 0 when it fits.
    func maxScroll(width: Int, in size: ScreenSize) -> Int {
        let rows = wrapped(width: Self.innerWidth(width, size)).count
        let box = Box.centered(width: Self.innerWidth(width, size) + 4, height: rows + 2, in: size)
        return max(rows - (box.height - 2), 0)
    }

    /// Draws the box centered, as tall as its text; text longer than the screen is shown from
    /// line `scroll`, with "…" where more follows.
    func draw(title: String, width: Int, scroll: Int = 0, in state: AppState, on canvas: inout Canvas) {
        let inner = Self.innerWidth(width, state.size)
        let all = wrapped(width: inner)
        let box = Box.centered(width: inner + 4, height: all.count + 2, in: state.size)
        let visible = max(box.height - 2, 0)
        let first = max(0, min(scroll, all.count - visible))
        var rows = Array(all.dropFirst(first).prefix(visible))
        if first + visible < all.count, !rows.isEmpty {
            rows[rows.count - 1] = ("…", .muted)
        }
        box.draw(title: title, on: &canvas)
        for (offset, row) in rows.enumerated() {
            canvas.write(row.role == .selected ? TextFitting.pad(row.text, to: box.innerWidth) : row.text,
                         row: box.top + 1 + offset, column: box.left + 2, role: row.role, limit: box.innerWidth)
        }
    }
}
