/// The wording of every problem `Organisation.validate()` reports, English and Russian side by
/// side so that neither can drift from the other.
enum OrganisationProblemText {
    static func empty(_ field: String) -> Localized {
        Localized(ru: "поле \(field) не может быть пустым", en: "\(field) must not be empty")
    }

    static func duplicate(_ what: Thing, _ id: String, firstAt path: String) -> Localized {
        Localized(ru: "\(what.ru) «\(id)» уже есть в \(path)",
                  en: "duplicate \(what.en) \"\(id)\" (first at \(path))")
    }

    static func unknownTimeZone(_ identifier: String) -> Localized {
        Localized(ru: "«\(identifier)» — неизвестный часовой пояс (нужно имя IANA, например Europe/Moscow)",
                  en: "\"\(identifier)\" is not a known time zone (an IANA name such as Europe/Moscow)")
    }

    static func overlap(_ a: OpenInterval, _ b: OpenInterval) -> Localized {
        Localized(ru: "интервалы \(a) и \(b) пересекаются", en: "intervals \(a) and \(b) overlap")
    }

    static func unknownDepartment(_ id: String, known: [String]) -> Localized {
        Localized(ru: "нет отдела с id «\(id)» (есть: \(list(known, none: "ни одного")))",
                  en: "no department with id \"\(id)\" (known: \(list(known, none: "none")))")
    }

    static func unknownPage(_ id: String, known: [String]) -> Localized {
        Localized(ru: "нет страницы с id «\(id)» (есть: \(list(known, none: "ни одной")); «*» — все страницы, для куратора)",
                  en: "no page with id \"\(id)\" (known: \(list(known, none: "none")); \"*\" means every page, for the curator)")
    }

    static let curatorOnlyEverywhere = Localized(
        ru: "роль curator даётся на все страницы сразу: roles: { \"*\": curator }",
        en: "curator is a role on every page at once: roles: { \"*\": curator }")

    static func onlyCuratorEverywhere(_ role: StaffRole) -> Localized {
        Localized(ru: "на «*» (все страницы) можно дать только роль curator, а не \(role.rawValue); укажите id страницы",
                  en: "only curator can be given on \"*\" (every page), not \(role.rawValue); name a page id instead")
    }

    static func absenceBackwards(from: LocalDate, to: LocalDate) -> Localized {
        Localized(ru: "отсутствие начинается (\(from)) позже, чем заканчивается (\(to))",
                  en: "the absence starts (\(from)) after it ends (\(to))")
    }

    static let vkIDNotPositive = Localized(
        ru: "id группы ВКонтакте — положительное число, например 123456",
        en: "a VK group id is a positive number, e.g. 123456")

    static let telegramIDNotNegative = Localized(
        ru: "id канала Telegram — отрицательное число, например -1001234567890",
        en: "a Telegram channel's chat id is a negative number, e.g. -1001234567890")

    static let discussionIDNotNegative = Localized(
        ru: "id группы обсуждений Telegram — отрицательное число, например -1009876543210",
        en: "a Telegram discussion group's chat id is a negative number, e.g. -1009876543210")

    static let discussionIsTheChannel = Localized(
        ru: "группа обсуждений не может совпадать с самим каналом (external_id)",
        en: "the discussion group cannot be the channel itself (external_id)")

    static func telegramOnly(_ field: String) -> Localized {
        Localized(ru: "\(field) бывает только у страниц Telegram (network: telegram)",
                  en: "\(field) is only for Telegram pages (network: telegram)")
    }

    static func badBotUsername(_ name: String) -> Localized {
        Localized(ru: "«\(name)» — не имя бота Telegram (5–32 латинских букв, цифр или _, оканчивается на bot, без @)",
                  en: "\"\(name)\" is not a Telegram bot username (5–32 letters, digits or _, ending in bot, no @)")
    }

    static func badURL(_ text: String) -> Localized {
        Localized(ru: "«\(text)» — не веб-адрес (нужен полный адрес http:// или https://)",
                  en: "\"\(text)\" is not a web address (a full http:// or https:// address)")
    }

    static func badEmail(_ text: String) -> Localized {
        Localized(ru: "«\(text)» — не адрес электронной почты", en: "\"\(text)\" is not an email address")
    }

    static func badUsername(_ text: String) -> Localized {
        Localized(ru: "«\(text)» — не имя пользователя системы (без пробелов, «:» и «/»)",
                  en: "\"\(text)\" is not an operating-system user name (no spaces, \":\" or \"/\")")
    }

    /// What a duplicated id belongs to.
    enum Thing {
        case department, page, staffMember

        var en: String {
            switch self {
            case .department: "department id"
            case .page: "page id"
            case .staffMember: "staff username"
            }
        }

        var ru: String {
            switch self {
            case .department: "id отдела"
            case .page: "id страницы"
            case .staffMember: "имя пользователя"
            }
        }
    }

    /// A short list for a message: a typo is easier to see next to the right spellings, but a
    /// long registry would drown the line.
    private static func list(_ ids: [String], none: String) -> String {
        guard !ids.isEmpty else { return none }
        let shown = ids.prefix(8).joined(separator: ", ")
        return ids.count > 8 ? shown + ", …" : shown
    }
}
