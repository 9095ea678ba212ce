/// Writes single YAML values so that any YAML reader, not only ours, reads back the same text:
/// plain where that is unambiguous (`lib1`, `Europe/Moscow`), double-quoted otherwise. Cyrillic
/// and other printable text is written as it is; only control characters are escaped.
enum YAMLScalarText {
    /// Words YAML 1.1 readers take for booleans or null when written plain.
    private static let reservedWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]

    /// `inFlow` is for values inside `{ … }` or `[ … ]`, where `:` and `,` would end the value.
    static func plainOrQuoted(_ text: String, inFlow: Bool = false) -> String {
        canBePlain(text, inFlow: inFlow) ? text : quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if needsEscape(scalar) {
                    result += "\\u" + hex(scalar.value, digits: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Conservative on purpose: a letter first, then letters, digits and the punctuation ids,
    /// zone names, addresses and URLs use; anything else is quoted.
    private static func canBePlain(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetter,
              !reservedWords.contains(text.lowercased()), !text.hasSuffix(":") else { return false }
        let punctuation: Set<Unicode.Scalar> = inFlow ? ["_", ".", "-", "/", "@", "+"]
            : ["_", ".", "-", "/", "@", "+", ":", "?", "=", "&", "%", "~"]
        return text.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || punctuation.contains($0) }
    }

    /// Control characters, and the Unicode line separators YAML would read as line breaks.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF: true
        default: false
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
