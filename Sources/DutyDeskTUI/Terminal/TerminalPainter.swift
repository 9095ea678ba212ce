import CNcursesw

/// Draws a Canvas with ncurses: one colour pair per style role, rows that did not change since
/// the last frame skipped, runs of equal style written in one call. ncurses then sends only the
/// cells that differ, so a countdown tick rewrites a few characters and never flickers.
struct TerminalPainter {
    private var attributes: [StyleRole: Int32] = [:]
    private var pairs: [StyleRole: Int32] = [:]
    private var previous: Canvas?
    private var buffer: [wchar_t] = []

    init(theme: Theme) {
        let depth = Self.startColours(for: theme)
        for (index, role) in StyleRole.allCases.enumerated() {
            let style = theme.style(role, depth: depth)
            attributes[role] = Self.bits(style.attributes)
            if depth != .none, style.usesColour {
                let pair = Int32(index + 1)
                init_pair(Int16(pair), Int16(style.foreground ?? -1), Int16(style.background ?? -1))
                pairs[role] = pair
            } else {
                pairs[role] = 0
            }
        }
    }

    /// Colours only when the terminal has them and the theme uses them (NO_COLOR: never).
    private static func startColours(for theme: Theme) -> Theme.Depth {
        let themeUsesColour = theme.rich.values.contains(where: \.usesColour) || theme.basic.values.contains(where: \.usesColour)
        guard themeUsesColour, has_colors() else { return .none }
        start_color()
        use_default_colors()
        if dd_colors() >= 256 && dd_color_pairs() > StyleRole.allCases.count { return .rich }
        return dd_colors() >= 8 ? .basic : .none
    }

    private static func bits(_ set: Set<Style.Attribute>) -> Int32 {
        var value: Int32 = dd_attr_normal()
        for attribute in set {
            switch attribute {
            case .bold: value |= dd_attr_bold()
            case .dim: value |= dd_attr_dim()
            case .underline: value |= dd_attr_underline()
            case .reverse: value |= dd_attr_reverse()
            case .italic: value |= dd_attr_italic()
            case .standout: value |= dd_attr_standout()
            }
        }
        return value
    }

    mutating func forget() {
        previous = nil
    }

    mutating func draw(_ canvas: Canvas) {
        let full = previous.map { $0.width != canvas.width || $0.height != canvas.height } ?? true
        for (y, row) in canvas.rows.enumerated() {
            if !full, let previous, previous.rows[y] == row { continue }
            drawRow(row, y: y)
        }
        previous = canvas
        wnoutrefresh(dd_stdscr())
        doupdate()
    }

    private mutating func drawRow(_ row: [Cell], y: Int) {
        var x = 0
        while x < row.count {
            let role = row[x].role
            let start = x
            buffer.removeAll(keepingCapacity: true)
            while x < row.count, row[x].role == role {
                if !row[x].isContinuation {
                    for scalar in row[x].character.unicodeScalars {
                        buffer.append(wchar_t(bitPattern: scalar.value))
                    }
                }
                x += 1
            }
            dd_set_style(attributes[role] ?? 0, pairs[role] ?? 0)
            buffer.withUnsafeBufferPointer { text in
                _ = dd_put_text(Int32(y), Int32(start), text.baseAddress, Int32(text.count))
            }
        }
    }
}
