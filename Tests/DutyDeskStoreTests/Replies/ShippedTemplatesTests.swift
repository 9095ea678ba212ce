import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskStore

/// Every shipped template and rule, as `dutydesk templates check` sees them: CI fails on any
/// problem, so a broken template never reaches an administrator.
struct ShippedTemplatesTests {
    let catalog = ShippedTemplates.catalog

    @Test func theShippedFolderPassesTemplatesCheck() {
        #expect(catalog.problems.isEmpty, "\(catalog.problems.map(\.description).joined(separator: "\n"))")
        #expect(catalog.library.pickable.count >= 30)
        #expect(catalog.rules.rules.count >= 5)
    }

    @Test func everyRequestTypeHasATemplate() {
        let covered = Set(catalog.library.pickable.map(\.category))
        #expect(covered == Set(RequestCategory.allCases))
    }

    /// Appendix 2's topics, and the answers the issue names, each with the template that covers it.
    @Test(arguments: [
        "working-hours", "working-hours-change", "virtual-registration", "renewal-personal-account",
        "reservation-personal-account", "electronic-document-delivery", "electronic-library",
        "virtual-reference-service", "events-for-readers", "professional-events", "subscription-resources-guide",
        "reading-list", "virtual-resources", "critical-remark-answer", "complaint-acknowledgement", "spam-warning",
        "insult-warning",
    ])
    func appendixTwoTopicIsCovered(id: String) {
        #expect(catalog.library[id].map { !$0.isFragment } == true, "\(id)")
    }

    @Test func everyTemplateIsApprovedAndCarriesTags() {
        for template in catalog.library.templates {
            #expect(!template.approvedBy.isEmpty && template.approvedOn.year == 2026, "\(template.id)")
            #expect(!template.tags.isEmpty, "\(template.id)")
            #expect(!template.title.isEmpty, "\(template.id)")
        }
    }

    /// Rendered for a real item context, every template passes the shipped tone rules in every
    /// channel it allows: what is left are its fields (6.9 asks for them to be filled) and, for
    /// the two comment templates that move a personal-data exchange to private messages, the
    /// 3.6 rule that the personal-data mark lifts.
    @Test func shippedTemplatesPassTheShippedRules() throws {
        let context = ReplyContext([
            .readerFirstName: "Анна", .readerName: "Анна Петрова", .pageName: "Библиотека — ВКонтакте",
            .pageURL: "https://vk.com/club1", .departmentName: "Библиотека «Охтинская»",
            .departmentHoursToday: "11:00–19:00", .departmentNextOpen: "завтра, 10 ноября, в 11:00",
            .departmentHoursWeek: "вт–сб 11:00–19:00", .departmentSanitaryDay: "последний четверг месяца",
            .today: "9 ноября",
        ])
        var blockedWithoutPersonalData: [String] = []
        for template in catalog.library.pickable {
            let rendered = try catalog.renderer.render([template.id], context: context)
            let fields = Dictionary(rendered.unfilledFields.map { ($0, "значение") }, uniquingKeysWith: { a, _ in a })
            let filled = try catalog.renderer.render([template.id], context: context, fields: fields).text
            for channel in template.channels {
                let withData = catalog.checks.check(filled, facts: .init(channel: channel, network: .vk, personalData: true))
                #expect(withData.isClean, "\(template.id) in \(channel): \(withData.findings.map(\.summary.en))")
                let unfilled = catalog.checks.check(rendered.text, facts: .init(channel: channel, personalData: true))
                #expect(unfilled.findings.map(\.ruleID) == (rendered.unfilledFields.isEmpty ? [] : ["unfilled-field"]))
                let plain = catalog.checks.check(filled, facts: .init(channel: channel, network: .vk))
                if !plain.blocking.isEmpty { blockedWithoutPersonalData.append(template.id) }
            }
        }
        #expect(blockedWithoutPersonalData.sorted() == ["reading-room-login-in-comments", "renewal-in-comments"])
        for id in blockedWithoutPersonalData {
            #expect(catalog.library[id]?.tags.contains("персональные данные") == true, "\(id) says why it needs the mark")
        }
    }
}

/// The shipped `rules.yaml` against the wordings administrators actually type.
struct ShippedRulesTests {
    let checks = ShippedTemplates.catalog.checks

    func findings(_ text: String, _ channel: ItemKind, personalData: Bool = false) -> [String] {
        checks.check(text, facts: .init(channel: channel, network: .vk, personalData: personalData)).findings.map(\.ruleID)
    }

    @Test(arguments: [
        "Здравствуйте! Ответим в личные сообщения.",
        "Мы ответили вам в личку.",
        "Написали вам в ЛС",
        "Напишем в личные сообщения в течение дня.",
        "Анна, мы отправили информацию Вам в личные сообщения.",
        "Ответ в ЛС.",
        "Подробности в личных сообщениях",
        "Проверьте, пожалуйста, личные сообщения",
        "Загляните в личку",
        "Продублировали ответ в личные сообщения сообщества.",
        "Мы уже ответили Вам подробно в личных сообщениях.",
    ])
    func privateMessageAnswersAreRefusedInCommentsOnly(text: String) {
        #expect(findings(text, .comment) == ["private-messages-in-comments"], "\(text)")
        #expect(findings(text, .message).isEmpty, "\(text)")
        #expect(findings(text, .comment, personalData: true).isEmpty, "\(text)")
    }

    @Test(arguments: [
        ("Привет! Книга у нас есть.", "familiar-greeting"),
        ("Ты можешь продлить книгу в личном кабинете.", "informal-you"),
        ("Спасибо за отзыв)))", "laughter-and-emoticons"),
        ("Ахаха, такой книги нет", "laughter-and-emoticons"),
        ("Такой книги нет 🤣", "laughter-and-emoticons"),
        ("Это же очевидно: библиотека закрыта в понедельник.", "condescension"),
        ("БИБЛИОТЕКА НЕ РАБОТАЕТ В ПОНЕДЕЛЬНИК", "all-caps"),
        ("Ждём Вас!!!", "exclamation-marks"),
    ])
    func toneWarnings(text: String, rule: String) {
        let report = checks.check(text, facts: .init(channel: .comment, network: .vk))
        #expect(report.warnings.map(\.ruleID).contains(rule), "\(text): \(report.findings.map(\.ruleID))")
        #expect(report.blocking.isEmpty)
        #expect(report.warnings.first { $0.ruleID == rule }?.clause == "6.9")
    }

    @Test(arguments: [
        "Здравствуйте, Анна! Продлить книги можно в личном кабинете читателя на портале КСОБ СПб.",
        "Приветствуем Вас! В ЦБС и ЦРБ работает ЭДД.",
        "Тысяча благодарностей за Ваш отзыв. Ответ на Ваш вопрос: да, книга есть.",
        "Напишите нам, пожалуйста, какие издания Вас интересуют.",
    ])
    func politeTextsPass(text: String) {
        #expect(findings(text, .comment).isEmpty, "\(text)")
    }
}
