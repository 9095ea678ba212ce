import Foundation
import DutyDeskCore

/// Reads a theme file (format in themes/README.md):
///
///     # comment
///     overdue  = 196 bold / red bold
///     selected = 231 on 24 / white on blue
///
/// Left of "/" the 256-colour style, right of it the 8-colour fallback (needed only when the
/// left side uses colours above 7). A style is words: a foreground colour, "on" and a
/// background colour, attributes. Colours are 0–255 or a name (black … white, default).
public enum ThemeParser {
    public struct Problem: OperatorFacingError, Equatable {
        public let file: String
        public let line: Int
        public let what: Localized

        public var message: Localized {
            Localized(ru: "Тема \(file), строка \(line): \(what.ru)", en: "Theme \(file), line \(line): \(what.en)")
        }
    }

    static let colourNames = ["black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6,
                              "white": 7]

    public static func parse(_ text: String, name: String, file: String) throws(Problem) -> Theme {
        var rich: [StyleRole: Style] = [:]
        var basic: [StyleRole: Style] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            func problem(_ ru: String, _ en: String) -> Problem {
                Problem(file: file, line: index + 1, what: Localized(ru: ru, en: en))
            }
            let sides = trimmed.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard sides.count == 2 else {
                throw problem("ожидается «роль = стиль / стиль8»", "expected 'role = style / style8'")
            }
            guard let role = StyleRole(rawValue: sides[0]) else {
                let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw problem("неизвестная роль «\(sides[0])»; известные: \(known)", "unknown role '\(sides[0])'; known: \(known)")
            }
            let styles = sides[1].split(separator: "/", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard styles.count <= 2 else { throw problem("больше одного «/»", "more than one '/'") }
            let richStyle = try style(styles[0], problem: problem)
            var basicStyle = try styles.count == 2 ? style(styles[1], problem: problem) : richStyle
            if styles.count == 2, [basicStyle.foreground, basicStyle.background].contains(where: { ($0 ?? 0) > 7 }) {
                throw problem("в 8-цветном стиле цвета только 0–7", "the 8-colour style takes colours 0–7 only")
            }
            if styles.count == 1, [richStyle.foreground, richStyle.background].contains(where: { ($0 ?? 0) > 7 }) {
                // No fallback given: an 8-colour terminal keeps the attributes only.
                basicStyle = richStyle.withoutColours
            }
            rich[role] = richStyle
            basic[role] = basicStyle
        }
        return Theme(name: name, rich: rich, basic: basic)
    }

    static func style(_ text: String, problem: (String, String) -> Problem) throws(Problem) -> Style {
        var style = Style()
        var words = text.split(separator: " ").map { $0.lowercased() }[...]
        var sawForeground = false
        while let word = words.popFirst() {
            if word == "on" {
                guard let next = words.popFirst(), let colour = colour(next) else {
                    throw problem("после «on» нужен цвет", "'on' needs a colour after it")
                }
                style.background = colour == -1 ? nil : colour
            } else if let attribute = Style.Attribute(rawValue: word) {
                style.attributes.insert(attribute)
            } else if !sawForeground, let colour = colour(word) {
                style.foreground = colour == -1 ? nil : colour
                sawForeground = true
            } else {
                throw problem("непонятное слово «\(word)»", "unknown word '\(word)'")
            }
        }
        return style
    }

    /// A colour number, a name, or -1 for "default".
    static func colour(_ word: String) -> Int? {
        if word == "default" { return -1 }
        if let number = Int(word), (0...255).contains(number) { return number }
        return colourNames[word]
    }
}
