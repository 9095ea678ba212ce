/// The wording of template and rules problems, in both languages, kept in one place so that
/// `templates check`, the TUI and the tests say the same thing.
enum TemplateText {
    static func unclosedPlaceholder(_ fragment: String) -> Localized {
        Localized(ru: "подстановка не закрыта на этой строке: «\(fragment)» (нужно «}}»)",
                  en: "placeholder not closed on this line: \"\(fragment)\" (expected \"}}\")")
    }

    static func unknownPlaceholder(_ inner: String) -> Localized {
        let known = ContextKey.allCases.map(\.rawValue).joined(separator: ", ")
        let shown = "{{\(inner)}}"
        return Localized(
            ru: "неизвестная подстановка \(shown); допустимы \(known), {{ask:Название поля}}, {{include:id-шаблона}}",
            en: "unknown placeholder \(shown); allowed: \(known), {{ask:Field name}}, {{include:template-id}}")
    }

    static func unknownInclude(_ id: String) -> Localized {
        Localized(ru: "{{include:\(id)}}: нет шаблона с id «\(id)»",
                  en: "{{include:\(id)}}: no template has id \"\(id)\"")
    }

    static func includeLoop(_ cycle: [String]) -> Localized {
        let path = cycle.joined(separator: " → ")
        return Localized(ru: "шаблоны включают друг друга по кругу: \(path)",
                         en: "templates include each other in a loop: \(path)")
    }

    static func duplicateID(_ id: String, firstFile: String) -> Localized {
        Localized(ru: "id «\(id)» уже занят шаблоном \(firstFile)",
                  en: "id \"\(id)\" is already used by \(firstFile)")
    }

    static let emptyBody = Localized(ru: "у шаблона нет текста после заголовка",
                                     en: "the template has no text after its header")
}
