/// Just enough of an e-mail address check to keep a mail header safe: one `@`, something on
/// both sides, a dot in the domain, no spaces, no line breaks, no commas or angle brackets
/// (any of which could add a recipient or a header when the mail goes to `sendmail -t`).
public enum EmailAddress {
    public static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value < 0x7F && !",;<>()[]\\\"".unicodeScalars.contains(scalar)
        }
    }
}
