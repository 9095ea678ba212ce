/// CSV as RFC 4180 writes it: fields separated by commas, records ending in CRLF, a field in
/// double quotes when it holds a comma, a quote, CR or LF, and a quote inside doubled.
public enum CSVText {
    public static let lineEnding = "\r\n"

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + lineEnding
    }

    public static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Text that came from readers, made harmless for spreadsheets: a field starting with
    /// `=`, `+`, `-`, `@`, TAB or CR is a formula to Excel and LibreOffice, so it gets a leading
    /// apostrophe (which those programs hide). Only for free text, never for numbers.
    public static func untrusted(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
