import DutyDeskCore

/// The wording of every problem the organisation file reader finds in the text itself, English
/// and Russian side by side. (What is wrong with the values, once read, is worded in Core by
/// `Organisation.validate()`.)
enum OrganisationFileText {
    static func syntax(_ problem: String, context: String?) -> Localized {
        let detail = context.map { "\(problem) (\($0))" } ?? problem
        return Localized(ru: "ошибка синтаксиса YAML: \(detail)", en: "YAML syntax error: \(detail)")
    }

    static func duplicateKeys(_ keys: [String]) -> Localized {
        Localized(ru: "ключ \(keys.map { "«\($0)»" }.joined(separator: ", ")) повторяется в одном словаре",
                  en: "key \(keys.map { "\"\($0)\"" }.joined(separator: ", ")) appears twice in one mapping")
    }

    static let empty = Localized(
        ru: "в файле нет описания организации (он пуст или состоит из комментариев)",
        en: "the file holds no organisation (it is empty or only comments)")

    static func cannotRead(_ reason: String) -> Localized {
        Localized(ru: "не удаётся прочитать файл: \(reason)", en: "cannot read the file: \(reason)")
    }

    static let noSuchFile = Localized(ru: "нет такого файла", en: "no such file")
    static let isADirectory = Localized(ru: "это каталог, а не файл", en: "it is a directory, not a file")
    static let notReadable = Localized(ru: "нет прав на чтение файла", en: "no permission to read the file")

    static let notUTF8 = Localized(ru: "файл не в кодировке UTF-8", en: "the file is not UTF-8 text")

    static func expected(_ wanted: NodeKind, found: NodeKind) -> Localized {
        Localized(ru: "ожидается \(wanted.ru), а найдено: \(found.ru)", en: "expected \(wanted.en), found \(found.en)")
    }

    static func unknownKey(_ key: String, allowed: [String], suggestion: String?) -> Localized {
        let list = allowed.joined(separator: ", ")
        let hintRU = suggestion.map { " Возможно, имелось в виду «\($0)»?" } ?? ""
        let hintEN = suggestion.map { " Did you mean \"\($0)\"?" } ?? ""
        return Localized(ru: "неизвестный ключ «\(key)»; здесь допустимы: \(list).\(hintRU)",
                         en: "unknown key \"\(key)\"; allowed here: \(list).\(hintEN)")
    }

    static func missingKey(_ key: String) -> Localized {
        Localized(ru: "не хватает обязательного ключа «\(key)»", en: "the required key \"\(key)\" is missing")
    }

    static func missingValue(_ key: String) -> Localized {
        Localized(ru: "у ключа «\(key)» нет значения", en: "\"\(key)\" has no value")
    }

    static func specialNeedsList(_ date: String) -> Localized {
        Localized(ru: "у даты \(date) нет часов: укажите список интервалов или [], если в этот день закрыто",
                  en: "\(date) has no hours: give a list of intervals, or [] for a closed day")
    }

    static func notATime(_ text: String) -> Localized {
        Localized(ru: "«\(text)» — не время (ЧЧ:ММ, 00:00–24:00)", en: "\"\(text)\" is not a time (HH:MM, 00:00–24:00)")
    }

    static func notAnInterval(_ text: String) -> Localized {
        Localized(ru: "«\(text)» — не интервал работы (ЧЧ:ММ-ЧЧ:ММ, например \"10:00-20:00\")",
                  en: "\"\(text)\" is not an opening interval (HH:MM-HH:MM, e.g. \"10:00-20:00\")")
    }

    static func endsBeforeItStarts(_ text: String) -> Localized {
        Localized(ru: "интервал «\(text)» заканчивается не позже, чем начинается",
                  en: "the interval \"\(text)\" ends before it starts")
    }

    static func notAWeekday(_ text: String) -> Localized {
        Localized(ru: "«\(text)» — не день недели (\(codes(Weekday.allCases)))",
                  en: "\"\(text)\" is not a weekday (\(codes(Weekday.allCases)))")
    }

    static func weekdayTwice(_ day: Weekday) -> Localized {
        Localized(ru: "день \(day.rawValue) указан дважды", en: "\(day.rawValue) is given twice")
    }

    static func notADate(_ text: String) -> Localized {
        Localized(ru: "«\(text)» — не дата (ГГГГ-ММ-ДД, например 2026-11-27)",
                  en: "\"\(text)\" is not a date (YYYY-MM-DD, e.g. 2026-11-27)")
    }

    static func notASanitaryDay(_ text: String) -> Localized {
        Localized(ru: "«\(text)» — не правило санитарного дня (last-<день недели>, например last-thursday; last-working-day; none)",
                  en: "\"\(text)\" is not a sanitary day rule (last-<weekday> such as last-thursday, last-working-day, or none)")
    }

    static func notAHolidaySet(_ text: String) -> Localized {
        Localized(ru: "«\(text)» — неизвестный список праздников (\(codes(HolidaySet.allCases)))",
                  en: "\"\(text)\" is not a holiday list (\(codes(HolidaySet.allCases)))")
    }

    static func notANetwork(_ text: String) -> Localized {
        Localized(ru: "«\(text)» — неизвестная соцсеть (\(codes(Network.allCases)))",
                  en: "\"\(text)\" is not a network (\(codes(Network.allCases)))")
    }

    static func notARole(_ text: String) -> Localized {
        Localized(ru: "«\(text)» — неизвестная роль (\(codes(StaffRole.allCases)))",
                  en: "\"\(text)\" is not a role (\(codes(StaffRole.allCases)))")
    }

    static func notAnAbsenceReason(_ text: String) -> Localized {
        Localized(ru: "«\(text)» — неизвестная причина отсутствия (\(codes(AbsenceReason.allCases)))",
                  en: "\"\(text)\" is not an absence reason (\(codes(AbsenceReason.allCases)))")
    }

    static func notAnInteger(_ text: String) -> Localized {
        Localized(ru: "«\(text)» — не целое число", en: "\"\(text)\" is not a whole number")
    }

    static let keyNotText = Localized(
        ru: "ключ должен быть текстом, а не списком или словарём",
        en: "a key must be text, not a list or a mapping")

    /// The three shapes a YAML value can take, as the messages name them.
    enum NodeKind {
        case mapping, list, text

        var en: String {
            switch self {
            case .mapping: "a mapping (key: value)"
            case .list: "a list"
            case .text: "a single value"
            }
        }

        var ru: String {
            switch self {
            case .mapping: "словарь (ключ: значение)"
            case .list: "список"
            case .text: "одно значение"
            }
        }
    }

    private static func codes<T: RawRepresentable<String>>(_ cases: [T]) -> String {
        cases.map(\.rawValue).joined(separator: ", ")
    }
}
