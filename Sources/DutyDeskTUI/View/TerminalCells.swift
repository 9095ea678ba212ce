import CNcursesw
import Foundation

/// Terminal cell widths, measured the way the terminal will draw them (Cyrillic 1, most emoji 2,
/// combining marks 0), never by `String.count`. Uses the C library's `wcwidth`, the same table
/// ncurses uses to place characters, so the Canvas and the screen always agree.
public enum TerminalCells {
    public static func width(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    public static func width(of character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    public static func width(of scalar: Unicode.Scalar) -> Int {
        // Printable ASCII is by far the most common case: no C call.
        if scalar.value >= 0x20 && scalar.value < 0x7F { return 1 }
        _ = utf8Locale
        return max(Int(dd_wcwidth(wchar_t(bitPattern: scalar.value))), 0)
    }

    /// `wcwidth` answers -1 for every non-ASCII character unless the character type locale is
    /// UTF-8, so it is made so once, before the first measurement: the user's locale if it is
    /// UTF-8, else C.UTF-8 (the one locale every machine here has).
    public static let utf8Locale: Bool = {
        setlocale(LC_CTYPE, "")
        if dd_codeset_is_utf8() == 1 { return true }
        setlocale(LC_CTYPE, "C.UTF-8")
        return dd_codeset_is_utf8() == 1
    }()
}
