import CNcursesw

/// Terminal cell widths, measured the way the terminal will draw them (Cyrillic 1, most emoji 2,
/// combining marks 0), never by `String.count`.
public enum TerminalCells {
    public static func width(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let cells = dd_wcwidth(wchar_t(bitPattern: scalar.value))
            return total + max(Int(cells), 0)
        }
    }
}
