import Testing
@testable import DutyDeskCore

struct TemplateBodyTests {
    @Test func readsContextValuesFieldsAndIncludes() {
        let body = TemplateBody(parsing: "{{include:greeting}}\nДо {{ ask: Дата возврата }}, {{reader.first_name}}.")
        #expect(body.flaws.isEmpty)
        #expect(body.pieces == [
            .placeholder(.include("greeting"), line: 0), .text("\nДо "),
            .placeholder(.ask("Дата возврата"), line: 1), .text(", "),
            .placeholder(.context(.readerFirstName), line: 1), .text("."),
        ])
        #expect(body.askedFields == ["Дата возврата"])
        #expect(body.includes.map(\.id) == ["greeting"])
    }

    @Test func unknownPlaceholderIsAFlawAtItsLineAndStaysInTheText() {
        let body = TemplateBody(parsing: "Здравствуйте!\n\nУважаемый {{reader.surname}}, {{ask:}} ждём Вас.")
        #expect(body.flaws.map(\.line) == [2, 2])
        #expect(body.flaws[0].problem.en.contains("unknown placeholder {{reader.surname}}"))
        #expect(body.flaws[0].problem.ru.contains("неизвестная подстановка {{reader.surname}}"))
        #expect(body.pieces == [.text("Здравствуйте!\n\nУважаемый {{reader.surname}}, {{ask:}} ждём Вас.")])
    }

    @Test func placeholderMustCloseOnItsOwnLine() {
        let body = TemplateBody(parsing: "Строка {{reader.first_name\n}} дальше")
        #expect(body.flaws.count == 1)
        #expect(body.flaws[0].line == 0)
        #expect(body.flaws[0].problem.en.contains("not closed"))
    }

    @Test func everyContextKeyIsReadByItsName() {
        for key in ContextKey.allCases {
            #expect(Placeholder(inner: key.rawValue) == .context(key))
            #expect(Placeholder(inner: key.rawValue)?.written == "{{\(key.rawValue)}}")
        }
        #expect(Placeholder(inner: "include:") == nil)
        #expect(Placeholder(inner: "Reader.First_Name") == nil, "placeholders are case-sensitive, as written in the docs")
    }
}
