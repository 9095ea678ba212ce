import DutyDeskCore

/// Where and why a line is not JSON (RFC 8259), for the rejection message.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        case empty
        case unexpectedEnd
        case unexpected(character: UInt8, expected: Localized)
        case controlCharacterInString
        case badEscape
        case badNumber
        case tooDeep
        case trailingData
    }

    /// Zero-based byte offset in the line.
    public let offset: Int
    public let problem: Problem
}

extension JSONSyntaxError.Problem {
    var message: Localized {
        switch self {
        case .empty: Localized(ru: "пустая строка", en: "empty line")
        case .unexpectedEnd: Localized(ru: "строка обрывается внутри значения", en: "the line ends inside a value")
        case .unexpected(let character, let expected):
            Localized(ru: "ожидалось \(expected.ru), а найдено \(Self.describe(character))",
                      en: "expected \(expected.en), found \(Self.describe(character))")
        case .controlCharacterInString:
            Localized(ru: "неэкранированный управляющий символ в строке", en: "unescaped control character in a string")
        case .badEscape: Localized(ru: "неверная escape-последовательность в строке", en: "invalid escape sequence in a string")
        case .badNumber: Localized(ru: "неверное число", en: "invalid number")
        case .tooDeep:
            Localized(ru: "вложенность глубже \(JSONParser.maximumDepth) уровней",
                      en: "nested deeper than \(JSONParser.maximumDepth) levels")
        case .trailingData: Localized(ru: "после JSON-значения есть ещё данные", en: "more data after the JSON value")
        }
    }

    private static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "0x" + String(byte, radix: 16, uppercase: true)
    }
}
