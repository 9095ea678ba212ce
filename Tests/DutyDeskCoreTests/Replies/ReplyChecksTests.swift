import Testing
@testable import DutyDeskCore

/// The rule mechanics, with rules written here; the shipped `rules.yaml` is tested in the Store
/// tests, which can read YAML.
struct ReplyChecksTests {
    let privateMessages = ReplyRule(
        id: "pm", clause: "3.6", severity: .block, channels: [.comment],
        phrases: ["ответим в личные сообщения"],
        patterns: [#"(?<!\p{L})(ответ|напиш|написа)\p{L}*(\s+\p{L}+){0,3}\s+в\s+(лс|личк\p{L}*|личн\p{L}*\s+сообщени\p{L}*)(?!\p{L})"#],
        unless: [.personalData], message: Localized(ru: "нельзя", en: "not allowed"))
    let informal = ReplyRule(id: "ty", clause: "6.9", severity: .warn, phrases: ["ты", "привет", ")))"],
                             message: Localized(ru: "на «Вы»", en: "formal"))
    let caps = ReplyRule(id: "caps", clause: "6.9", severity: .warn, patterns: [#"(?<!\p{L})\p{Lu}{7,}(?!\p{L})"#],
                         caseSensitive: true, message: Localized(ru: "крик", en: "shouting"))

    var checks: ReplyChecks { ReplyChecks(rules: ReplyRules([privateMessages, informal, caps])) }

    func ruleIDs(_ text: String, _ channel: ItemKind = .comment, personalData: Bool = false) -> [String] {
        checks.check(text, facts: .init(channel: channel, personalData: personalData)).findings.map(\.ruleID)
    }

    @Test(arguments: [
        "Мы ответим в личные сообщения.",
        "Ответим в ЛИЧНЫЕ   сообщения",
        "Ответили Вам в личку",
        "Написали вам в ЛС",
        "Напишем в личные сообщения",
        "Мы уже ответили Вам подробно в личных сообщениях.",
    ])
    func privateMessageVariantsAreBlockedInComments(text: String) {
        let report = checks.check(text, facts: .init(channel: .comment))
        #expect(report.blocking.map(\.ruleID) == ["pm"], "\(text)")
        #expect(!report.allowsSending(warningsConfirmed: true))
    }

    @Test func privateMessageRuleKeepsToCommentsAndYieldsToPersonalData() {
        #expect(ruleIDs("Ответили Вам в личку", .message).isEmpty)
        #expect(ruleIDs("Ответили Вам в личку", .comment, personalData: true).isEmpty)
        #expect(ruleIDs("Продлить книги можно в личном кабинете.").isEmpty, "a personal account is not a private message")
    }

    @Test func phrasesMatchWholeWordsOnly() {
        #expect(ruleIDs("Ты можешь прийти") == ["ty"])
        #expect(ruleIDs("Тысяча книг ждёт читателей").isEmpty)
        #expect(ruleIDs("Приветствуем Вас!").isEmpty)
        #expect(ruleIDs("Спасибо)))") == ["ty"], "a phrase of punctuation needs no word edge")
    }

    @Test func findingsCarryExcerptsRangesAndTheClause() throws {
        let text = "Привет! Ёлки, ты ответил в ЛС?"
        let report = checks.check(text, facts: .init(channel: .comment))
        let tone = try #require(report.findings.first { $0.ruleID == "ty" })
        #expect(tone.excerpts == ["Привет", "ты"])
        #expect(tone.ranges.map { String(text[$0]) } == ["Привет", "ты"])
        #expect(tone.summary.ru == "п. 6.9 регламента: на «Вы» («Привет», «ты»)")
        #expect(report.blocking.first?.excerpts == ["ответил в ЛС"])
    }

    @Test func aPhraseAndAPatternOnTheSameWordsAreQuotedOnce() throws {
        // «ответим в личные сообщения» is both a phrase and a pattern match; twice in the text.
        let text = "Ответим в личные сообщения. Да, ответим в личные сообщения!"
        let finding = try #require(checks.check(text, facts: .init(channel: .comment)).blocking.first)
        #expect(finding.excerpts == ["Ответим в личные сообщения"])
        // Each place is still marked, once.
        #expect(finding.ranges.count == 2)
        #expect(finding.summary.ru == "п. 3.6 регламента: нельзя («Ответим в личные сообщения»)")
    }

    @Test func foldingKeepsRangesRightAfterYo() throws {
        let text = "Ещё раз: Ёжик, ты"
        let finding = try #require(checks.check(text, facts: .init(channel: .message)).findings.first)
        #expect(finding.ranges.map { String(text[$0]) } == ["ты"])
    }

    @Test func caseSensitiveRulesSeeCapitals() {
        #expect(ruleIDs("ОБЯЗАТЕЛЬНО приходите") == ["caps"])
        #expect(ruleIDs("Обязательно приходите в ЦБС").isEmpty)
    }

    @Test func warningsNeedConfirmationAndCleanTextPasses() {
        let report = checks.check("Здравствуйте! Привет", facts: .init(channel: .message))
        #expect(!report.allowsSending(warningsConfirmed: false))
        #expect(report.allowsSending(warningsConfirmed: true))
        #expect(checks.check("Здравствуйте, Анна! Книга продлена.", facts: .init(channel: .comment)).isClean)
    }

    @Test func builtInChecksCatchEmptyTooLongAndUnfilled() {
        let empty = checks.check("  \n ", facts: .init(channel: .message))
        #expect(empty.blocking.map(\.ruleID) == ["empty-reply"])
        let long = checks.check(String(repeating: "а", count: 4097), facts: .init(channel: .message, network: .telegram))
        #expect(long.blocking.map(\.ruleID) == ["too-long"])
        #expect(checks.check(String(repeating: "а", count: 4097), facts: .init(channel: .message, network: .vk)).isClean)
        let unfilled = checks.check("До {{ask:Дата}}, {{reader.first_name}}. {{\nнет}}", facts: .init(channel: .message))
        #expect(unfilled.warnings.map(\.ruleID) == ["unfilled-field"])
        #expect(unfilled.warnings.first?.excerpts == ["{{ask:Дата}}", "{{reader.first_name}}"])
        #expect(unfilled.warnings.first?.clause == "6.9")
    }

    @Test func aBrokenPatternIsReportedAndSkipped() {
        let broken = ReplyRule(id: "bad", clause: "6.9", severity: .warn, patterns: ["(unclosed"],
                               message: Localized(ru: "x", en: "x"))
        let results = RulePatterns.expressions(for: broken)
        #expect(results.count == 1)
        if case .success = results[0] { Issue.record("a broken pattern compiled") }
        #expect(ReplyChecks(rules: ReplyRules([broken])).check("(unclosed", facts: .init(channel: .message)).isClean)
    }

    @Test func clipboardSequenceIsOSC52() {
        #expect(ClipboardSequence.osc52("Да") == "\u{1B}]52;c;0JTQsA==\u{07}")
    }
}
