import Foundation
@testable import DutyDeskCore

/// Small templates written in the tests themselves, so each test shows what it depends on.
enum TemplateFixtures {
    static func template(_ id: String, title: String = "Шаблон", category: RequestCategory = .consultation,
                         channels: Set<ItemKind> = [.message, .comment], tags: [String] = [],
                         fragment: Bool = false, bodyLine: Int = 10, _ body: String) -> ReplyTemplate {
        ReplyTemplate(id: id, title: title, category: category, channels: channels, tags: tags,
                      approvedBy: "Куратор соцсетей ЦБС", approvedOn: LocalDate(iso: "2026-01-15")!,
                      isFragment: fragment, body: body,
                      source: TemplateSource(file: "t/\(id).md", idLine: 2, bodyLine: bodyLine))
    }

    static let greeting = template("greeting", fragment: true, "Здравствуйте, {{reader.first_name}}!\n")
    static let closing = template("closing", fragment: true, "Будем рады видеть Вас в библиотеке.\n")

    static let renewal = template("renewal-done", title: "Продление выполнено", category: .renewal, channels: [.message],
                                  tags: ["продление", "срок возврата"], """
        {{include:greeting}}

        Мы продлили срок возврата издания «{{ask:Название издания}}» до {{ask:Новый срок возврата}}.

        {{include:closing}}
        """)

    static let hours = template("working-hours", title: "Режим работы библиотеки", tags: ["часы работы", "график"], """
        {{include:greeting}}

        {{department.name}} работает так: {{department.hours_week}}.

        {{include:closing}}
        """)

    static let complaint = template("complaint-acknowledgement", title: "Жалоба передана руководителю",
                                    category: .complaint, tags: ["жалоба"], """
        {{include:greeting}}

        Ваша жалоба передана руководителю отдела.

        {{include:closing}}
        """)

    static let library = TemplateLibrary([greeting, closing, renewal, hours, complaint])

    static let context = ReplyContext([
        .readerFirstName: "Анна", .readerName: "Анна Петрова", .departmentName: "Библиотека «Охтинская»",
        .departmentHoursWeek: "вт–сб 11:00–19:00",
    ])
}
