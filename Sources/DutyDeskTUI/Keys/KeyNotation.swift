/// Keys written the way `tmux send-keys` writes them: "j j Enter", "C-l", "PageDown", "Escape".
/// A word that is not a key name stands for its characters, typed one by one ("/ Иван Enter").
public enum KeyNotation {
    static let names: [String: Key] = [
        "Enter": .enter, "Return": .enter, "KPEnter": .enter,
        "Escape": .escape, "Esc": .escape,
        "Tab": .tab, "BTab": .backTab,
        "Space": .character(" "),
        "BSpace": .backspace, "Backspace": .backspace,
        "DC": .delete, "Delete": .delete,
        "Up": .up, "Down": .down, "Left": .left, "Right": .right,
        "PageUp": .pageUp, "PgUp": .pageUp, "PPage": .pageUp,
        "PageDown": .pageDown, "PgDn": .pageDown, "NPage": .pageDown,
        "Home": .home, "End": .end,
    ]

    public struct Problem: Error, Equatable, Sendable {
        public let word: String
    }

    public static func parse(_ text: String) throws(Problem) -> [Key] {
        var keys: [Key] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init) {
            if let key = names[word] {
                keys.append(key)
            } else if word.hasPrefix("C-"), word.count == 3, let letter = word.last, letter.isLetter {
                keys.append(.control(Character(letter.lowercased())))
            } else if word.hasPrefix("^"), word.count == 2, let letter = word.last, letter.isLetter {
                keys.append(.control(Character(letter.lowercased())))
            } else if word.count > 1, word.first == "F", let number = Int(word.dropFirst()), (1...12).contains(number) {
                keys.append(.function(number))
            } else {
                for character in word {
                    guard !character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
                        throw Problem(word: word)
                    }
                    keys.append(.character(character))
                }
            }
        }
        return keys
    }
}
