import DutyDeskCore

/// Why ingest refused a line. Each reason names the field or the byte at fault, so whoever
/// produced the feed can fix it; `message` is what the operator reads, in Russian or English.
public enum RejectionReason: Error, Sendable, Equatable {
    case lineTooLong(bytes: Int, limit: Int)
    case invalidUTF8(offset: Int)
    case malformedJSON(offset: Int, problem: JSONSyntaxError.Problem)
    case notAnObject(found: String)
    case missingField(path: String)
    case wrongType(path: String, expected: String, found: String)
    case invalidValue(path: String, problem: Localized)
    /// `--format auto`: neither a VK envelope nor a Telegram update.
    case unknownFormat
    case unsupportedType(network: Network, type: String)
    /// No page of this network has this group or discussion chat id; `knownPages` lists the
    /// network's pages with their ids ("lib1-vk (123456)").
    case unknownPage(network: Network, id: Int64, knownPages: [String])
    /// A Telegram private-chat update with no `--page`: an update does not say which bot got it.
    case privateChatNeedsPage(chatID: Int64)
    /// The event belongs to another page than the `--page` of this run.
    case otherPage(eventPage: String, requestedPage: String)
    /// `--page` names a page of the other network.
    case pageOfOtherNetwork(page: String, network: Network)

    public var message: Localized {
        switch self {
        case .lineTooLong(let bytes, let limit):
            Localized(ru: "строка длиннее \(limit) байт (\(bytes) байт); сохранены первые \(limit) байт",
                      en: "line longer than \(limit) bytes (\(bytes) bytes); its first \(limit) bytes are kept")
        case .invalidUTF8(let offset):
            Localized(ru: "строка не в UTF-8 (неверный байт в позиции \(offset))",
                      en: "line is not valid UTF-8 (bad byte at offset \(offset))")
        case .malformedJSON(let offset, let problem):
            Localized(ru: "не JSON: \(problem.message.ru) (байт \(offset))",
                      en: "malformed JSON: \(problem.message.en) (byte \(offset))")
        case .notAnObject(let found):
            Localized(ru: "JSON-значение — не объект, а \(Self.russianKind(found))",
                      en: "the JSON value is not an object but \(found)")
        case .missingField(let path):
            Localized(ru: "нет поля \(path)", en: "\(path): missing")
        case .wrongType(let path, let expected, let found):
            Localized(ru: "поле \(path): ожидалось \(Self.russianKind(expected)), а найдено \(Self.russianKind(found))",
                      en: "\(path): expected \(expected), found \(found)")
        case .invalidValue(let path, let problem):
            Localized(ru: "поле \(path): \(problem.ru)", en: "\(path): \(problem.en)")
        case .unknownFormat:
            Localized(ru: "не событие VK (нет type и group_id) и не обновление Telegram (нет update_id)",
                      en: "neither a VK event (no type and group_id) nor a Telegram update (no update_id)")
        case .unsupportedType(let network, let type):
            Localized(ru: "тип события \(network.rawValue) «\(type)» не принимается",
                      en: "\(network.rawValue) event type '\(type)' is not ingested")
        case .unknownPage(.vk, let id, let known):
            Localized(ru: "группа VK \(id) не относится ни к одной странице; страницы VK: \(Self.list(known))",
                      en: "VK group \(id) is not any page's group; VK pages: \(Self.list(known))")
        case .unknownPage(.telegram, let id, let known):
            Localized(ru: "чат Telegram \(id) не группа обсуждения ни одной страницы; страницы Telegram: \(Self.list(known))",
                      en: "Telegram chat \(id) is not any page's discussion group; Telegram pages: \(Self.list(known))")
        case .privateChatNeedsPage(let chatID):
            Localized(ru: "личный чат Telegram \(chatID): укажите страницу (бота) через --page — обновление не говорит, какой бот его получил",
                      en: "Telegram private chat \(chatID): name the page (the bot) with --page; an update does not say which bot received it")
        case .otherPage(let eventPage, let requested):
            Localized(ru: "событие страницы \(eventPage), а указана --page \(requested)",
                      en: "the event belongs to page \(eventPage), not to --page \(requested)")
        case .pageOfOtherNetwork(let page, let network):
            Localized(ru: "--page \(page) — страница не \(network.rawValue)",
                      en: "--page \(page) is not a \(network.rawValue) page")
        }
    }

    private static func list(_ pages: [String]) -> String {
        pages.isEmpty ? "—" : pages.joined(separator: ", ")
    }

    /// The English kind names ("an integer", "a string") in Russian, for the Russian message.
    private static func russianKind(_ english: String) -> String {
        switch english {
        case "null": "null"
        case "a boolean": "логическое значение"
        case "an integer": "целое число"
        case "a number": "число"
        case "a string": "строка"
        case "an array": "массив"
        case "an object": "объект"
        case "an integer or a string": "целое число или строка"
        case "0 or 1": "0 или 1"
        default: english
        }
    }
}

/// A line ingest refused: where it came from, why, and its bytes as they were.
public struct RejectedLine: Sendable, Equatable {
    public let source: String
    public let lineNumber: Int
    public let reason: RejectionReason
    public let raw: [UInt8]

    public init(source: String, lineNumber: Int, reason: RejectionReason, raw: [UInt8]) {
        self.source = source
        self.lineNumber = lineNumber
        self.reason = reason
        self.raw = raw
    }
}
