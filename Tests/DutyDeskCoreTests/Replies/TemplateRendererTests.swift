import Testing
@testable import DutyDeskCore

struct TemplateRendererTests {
    typealias F = TemplateFixtures
    let renderer = TemplateRenderer(library: F.library)

    @Test func rendersContextIncludesAndFilledFields() throws {
        let reply = try renderer.render(["renewal-done"], context: F.context,
                                        fields: ["Название издания": "Мастер и Маргарита", "новый срок  возврата": "12 декабря"])
        #expect(reply.text == """
            Здравствуйте, Анна!

            Мы продлили срок возврата издания «Мастер и Маргарита» до 12 декабря.

            Будем рады видеть Вас в библиотеке.
            """)
        #expect(reply.unfilledFields.isEmpty)
        #expect(reply.fields.map(\.name) == ["Название издания", "Новый срок возврата"])
    }

    @Test func unfilledFieldsStayAsWrittenAndAreListed() throws {
        let reply = try renderer.render(["renewal-done"], context: F.context, fields: ["Название издания": "«Дубровский»"])
        #expect(reply.text.contains("до {{ask:Новый срок возврата}}."))
        #expect(reply.unfilledFields == ["Новый срок возврата"])
    }

    @Test func aMissingContextValueBecomesAFieldThatCanBeFilled() throws {
        let noName = ReplyContext([.departmentName: "ЦРБ"])
        let reply = try renderer.render(["complaint-acknowledgement"], context: noName)
        #expect(reply.text.hasPrefix("Здравствуйте, {{reader.first_name}}!"))
        #expect(reply.unfilledFields == ["reader.first_name"])
        let named = try renderer.render(["complaint-acknowledgement"], context: noName, fields: ["reader.first_name": "Ольга"])
        #expect(named.text.hasPrefix("Здравствуйте, Ольга!"))
    }

    @Test func severalTemplatesGreetOnceAndCloseOnce() throws {
        let reply = try renderer.render(["complaint-acknowledgement", "working-hours"], context: F.context)
        #expect(reply.text == """
            Здравствуйте, Анна!

            Ваша жалоба передана руководителю отдела.

            Библиотека «Охтинская» работает так: вт–сб 11:00–19:00.

            Будем рады видеть Вас в библиотеке.
            """)
    }

    @Test func unknownTemplateAndLoopsAreRefused() {
        #expect(throws: RenderFailure.unknownTemplate("nope")) { try renderer.render(["nope"], context: F.context) }
        #expect(throws: RenderFailure.noTemplates) { try renderer.render([], context: F.context) }
        let loop = TemplateRenderer(library: TemplateLibrary([F.template("a", "{{include:b}}"), F.template("b", "{{include:a}}")]))
        #expect(throws: RenderFailure.includeLoop(["a", "b", "a"])) { try loop.render(["a"], context: F.context) }
    }

    @Test func fillingFieldsIsNotEditingButChangingTheWordingIs() throws {
        let reply = try renderer.render(["renewal-done"], context: F.context)
        let filled = reply.text
            .replacingOccurrences(of: "{{ask:Название издания}}", with: "Война и мир")
            .replacingOccurrences(of: "{{ask:Новый срок возврата}}", with: "1 марта")
        #expect(!reply.isEdited(filled))
        #expect(!reply.isEdited(reply.text), "unfilled is not edited either")
        #expect(!reply.isEdited(filled.replacingOccurrences(of: "\n", with: "  \r\n") + "\n\n"),
                "trailing spaces and line endings are not edits")
        #expect(reply.isEdited(filled.replacingOccurrences(of: "продлили", with: "продлили, как Вы просили,")))
        #expect(reply.isEdited(filled + "\n\nP.S. Спасибо!"))
        #expect(reply.isEdited("Свободный текст"))
    }

    @Test func contextValuesCannotSmuggleSlotMarkers() throws {
        let hostile = ReplyContext([.readerFirstName: "Анна\u{E000}0\u{E001}"])
        let reply = try renderer.render(["complaint-acknowledgement"], context: hostile)
        #expect(reply.text.hasPrefix("Здравствуйте, Анна0!"))
    }
}
