/// Text folded for matching the way a Russian reader types: without case, with ё as е and
/// non-breaking spaces as spaces. Every change maps one UTF-16 unit to one, so positions found
/// in folded text are positions in the original.
public enum SearchText {
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "ё": scalars.append("е")
            case "\u{00A0}", "\u{202F}": scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Folded words: runs of letters and digits.
    public static func words(_ text: String) -> [String] {
        fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
