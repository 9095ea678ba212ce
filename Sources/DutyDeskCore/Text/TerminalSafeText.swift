/// Text from readers is untrusted: an escape sequence in a message could retitle the window,
/// clear the screen or worse. Before any such text reaches a terminal, every control character
/// becomes a visible symbol (ESC as ␛), so the operator sees that something was there.
public enum TerminalSafeText {
    /// One line: line breaks become "⏎ " as well.
    public static func line(_ text: String) -> String {
        visible(text, keepNewlines: false)
    }

    /// Several lines: line breaks stay, every other control character is made visible.
    public static func lines(_ text: String) -> String {
        visible(text, keepNewlines: true)
    }

    static func visible(_ text: String, keepNewlines: Bool) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                if keepNewlines { result.append(scalar) } else { result.append(contentsOf: "⏎ ".unicodeScalars) }
            case 0x0D:
                if !keepNewlines { continue }
            case 0x09:
                result.append(" ")
            case 0x00...0x1F:
                // The Control Pictures block mirrors C0 one to one: ESC (0x1B) → ␛ (U+241B).
                result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                result.append("␡")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                // C1 controls act like ESC sequences in some terminals; bidi overrides reorder
                // what the operator reads. Neither has a visible meaning in a reader's message.
                result.append("�")
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}
