/// The language of everything dutydesk shows: Russian for a Russian locale, English otherwise.
public enum Language: String, Sendable, CaseIterable, Codable {
    case ru, en

    /// Picks the language the way POSIX picks messages: LC_ALL, then LC_MESSAGES, then LANG.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("ru") ? .ru : .en
        }
        return .en
    }
}

/// A user-visible text in both languages, kept side by side so neither can be forgotten.
public struct Localized: Sendable, Equatable, CustomStringConvertible {
    public let ru: String
    public let en: String

    public init(ru: String, en: String) {
        self.ru = ru
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .ru: ru
        case .en: en
        }
    }

    /// English, for logs and test failure output; the UI always asks for a language.
    public var description: String { en }
}

/// An error whose message the operator reads, in their language.
public protocol OperatorFacingError: Error {
    var message: Localized { get }
}
