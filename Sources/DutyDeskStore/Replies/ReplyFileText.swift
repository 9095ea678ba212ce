import DutyDeskCore

/// The wording of problems in template and rules files, in both languages.
enum ReplyFileText {
    static let expectedMapping = Localized(ru: "ожидается словарь «ключ: значение»",
                                           en: "expected a mapping of \"key: value\"")

    static func unknownKey(_ key: String, allowed: [String], suggestion: String?) -> Localized {
        let hintRU = suggestion.map { " (может быть, «\($0)»?)" } ?? ""
        let hintEN = suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""
        let list = allowed.joined(separator: ", ")
        return Localized(ru: "неизвестное поле «\(key)»\(hintRU); допустимы: \(list)",
                         en: "unknown field \"\(key)\"\(hintEN); allowed: \(list)")
    }

    static func missingField(_ key: String) -> Localized {
        Localized(ru: "в заголовке нет обязательного поля «\(key)»", en: "the header lacks the required field \"\(key)\"")
    }

    static func expectedText(_ key: String) -> Localized {
        Localized(ru: "«\(key)»: ожидается непустой текст", en: "\"\(key)\": expected non-empty text")
    }

    static func expectedList(_ key: String) -> Localized {
        Localized(ru: "«\(key)»: ожидается список, например [a, b]", en: "\"\(key)\": expected a list such as [a, b]")
    }

    static func expectedFlag(_ key: String) -> Localized {
        Localized(ru: "«\(key)»: ожидается true или false", en: "\"\(key)\": expected true or false")
    }

    static let noHeader = Localized(
        ru: "файл шаблона должен начинаться с заголовка YAML между строками «---»",
        en: "a template file must start with a YAML header between \"---\" lines")

    static let unclosedHeader = Localized(
        ru: "заголовок не закрыт: нет второй строки «---»",
        en: "the header is not closed: no second \"---\" line")

    static func badID(_ id: String) -> Localized {
        Localized(ru: "id «\(id)»: только латинские строчные буквы, цифры и дефисы (например renewal-by-phone)",
                  en: "id \"\(id)\": only lower-case latin letters, digits and hyphens (e.g. renewal-by-phone)")
    }

    static func idNotFileName(_ id: String, file: String) -> Localized {
        Localized(ru: "id «\(id)» не совпадает с именем файла (ожидается \(id).md или id «\(file)»)",
                  en: "id \"\(id)\" does not match the file name (expected \(id).md, or id \"\(file)\")")
    }

    static func unknownCategory(_ value: String) -> Localized {
        let known = RequestCategory.allCases.map(\.rawValue).joined(separator: ", ")
        return Localized(ru: "категория «\(value)» не существует; допустимы: \(known)",
                         en: "category \"\(value)\" does not exist; allowed: \(known)")
    }

    static func unknownChannel(_ value: String) -> Localized {
        let known = ItemKind.allCases.map(\.rawValue).joined(separator: ", ")
        return Localized(ru: "канал «\(value)» не существует; допустимы: \(known)",
                         en: "channel \"\(value)\" does not exist; allowed: \(known)")
    }

    static let noChannels = Localized(ru: "«channels»: нужен хотя бы один канал (message, comment)",
                                      en: "\"channels\": at least one channel is needed (message, comment)")

    static func badDate(_ value: String) -> Localized {
        Localized(ru: "«approved_on»: «\(value)» — не дата ГГГГ-ММ-ДД", en: "\"approved_on\": \"\(value)\" is not a YYYY-MM-DD date")
    }

    static let notUTF8 = Localized(ru: "файл не в кодировке UTF-8", en: "the file is not UTF-8")

    static func cannotRead(_ reason: String) -> Localized {
        Localized(ru: "не удаётся прочитать файл: \(reason)", en: "cannot read the file: \(reason)")
    }

    static let noRulesFile = Localized(
        ru: "нет файла правил проверки ответов (rules.yaml): без него ответы не проверить по пп. 3.6 и 6.9",
        en: "no reply rules file (rules.yaml): replies cannot be checked against clauses 3.6 and 6.9 without it")

    static let noRulesList = Localized(ru: "нужен список правил: «rules:» и под ним элементы «- id: …»",
                                       en: "a list of rules is needed: \"rules:\" with \"- id: …\" items under it")

    static func unknownSeverity(_ value: String) -> Localized {
        Localized(ru: "«kind»: «\(value)» — допустимо block (запрещает отправку) или warn (требует подтверждения)",
                  en: "\"kind\": \"\(value)\" — allowed: block (stops sending) or warn (needs a confirmation)")
    }

    static func unknownExemption(_ value: String) -> Localized {
        let known = ReplyRule.Exemption.allCases.map(\.rawValue).joined(separator: ", ")
        return Localized(ru: "«unless»: «\(value)» не существует; допустимо: \(known)",
                         en: "\"unless\": \"\(value)\" does not exist; allowed: \(known)")
    }

    static let noPatterns = Localized(ru: "у правила нет ни «phrases», ни «patterns»",
                                      en: "the rule has neither \"phrases\" nor \"patterns\"")

    static func badPattern(_ pattern: String, reason: String) -> Localized {
        Localized(ru: "регулярное выражение «\(pattern)» не читается: \(reason)",
                  en: "regular expression \"\(pattern)\" does not compile: \(reason)")
    }

    static func duplicateRule(_ id: String) -> Localized {
        Localized(ru: "правило с id «\(id)» уже есть", en: "a rule with id \"\(id)\" already exists")
    }

    static let messageNeedsBoth = Localized(ru: "«message»: нужны оба текста, ru и en",
                                            en: "\"message\": both texts are needed, ru and en")
}
