import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskStore

struct TemplateFileReaderTests {
    static let good = """
        ---
        id: renewal-done
        title: "Продление: выполнено"
        category: renewal
        channels: [message]
        tags: [продление, срок возврата]
        approved_by: Куратор соцсетей ЦБС
        approved_on: 2026-01-22
        ---
        Здравствуйте, {{reader.first_name}}!

        Мы продлили книгу до {{ask:Новый срок возврата}}.

        """

    func read(_ text: String, stem: String = "renewal-done") -> TemplateFileReader.Outcome {
        TemplateFileReader.read(text: text, file: "t/\(stem).md", stem: stem)
    }

    func problems(_ text: String, stem: String = "renewal-done") -> [String] {
        read(text, stem: stem).problems.map(\.description)
    }

    @Test func readsHeaderAndBodyWithTheBodysFirstLine() throws {
        let outcome = read(Self.good)
        #expect(outcome.problems.isEmpty)
        let template = try #require(outcome.template)
        #expect(template.id == "renewal-done")
        #expect(template.title == "Продление: выполнено")
        #expect(template.category == .renewal)
        #expect(template.channels == [.message])
        #expect(template.tags == ["продление", "срок возврата"])
        #expect(template.approvedOn == LocalDate(iso: "2026-01-22"))
        #expect(!template.isFragment)
        #expect(template.source == TemplateSource(file: "t/renewal-done.md", idLine: 2, bodyLine: 10))
        #expect(template.body.hasPrefix("Здравствуйте, {{reader.first_name}}!\n\nМы продлили"))
    }

    @Test func aMissingHeaderFieldIsNamed() {
        let text = Self.good.replacingOccurrences(of: "approved_by: Куратор соцсетей ЦБС\n", with: "")
        #expect(problems(text) == ["t/renewal-done.md:2: the header lacks the required field \"approved_by\""])
    }

    @Test func aChannelThatDoesNotExistIsReportedAtItsLine() {
        let text = Self.good.replacingOccurrences(of: "channels: [message]", with: "channels:\n  - message\n  - wall")
        #expect(problems(text) == ["t/renewal-done.md:7: channel \"wall\" does not exist; allowed: message, comment"])
    }

    @Test func unknownKeysCategoriesDatesAndIDsAreReported() {
        var text = Self.good.replacingOccurrences(of: "tags:", with: "tag:")
        #expect(problems(text).first?.hasPrefix("t/renewal-done.md:6: unknown field \"tag\" (did you mean \"tags\"?)") == true)
        text = Self.good.replacingOccurrences(of: "category: renewal", with: "category: продление")
        #expect(problems(text).first?.hasPrefix("t/renewal-done.md:4: category \"продление\" does not exist") == true)
        text = Self.good.replacingOccurrences(of: "2026-01-22", with: "22.01.2026")
        #expect(problems(text) == ["t/renewal-done.md:8: \"approved_on\": \"22.01.2026\" is not a YYYY-MM-DD date"])
        #expect(problems(Self.good, stem: "renewal")
                == ["t/renewal.md:2: id \"renewal-done\" does not match the file name (expected renewal-done.md, or id \"renewal\")"])
        text = Self.good.replacingOccurrences(of: "id: renewal-done", with: "id: Renewal_Done")
        #expect(problems(text, stem: "Renewal_Done").first?.contains("only lower-case latin letters") == true)
    }

    @Test func headerShapeAndYAMLSyntax() {
        #expect(problems("Просто текст") == ["t/renewal-done.md:1: a template file must start with a YAML header between \"---\" lines"])
        #expect(problems("---\nid: x\n") == ["t/renewal-done.md:1: the header is not closed: no second \"---\" line"])
        let syntax = problems(Self.good.replacingOccurrences(of: "channels: [message]", with: "channels: [message"))
        #expect(syntax.count == 1)
        #expect(syntax.first?.hasPrefix("t/renewal-done.md:") == true)
        #expect(syntax.first?.contains("YAML syntax error") == true)
        #expect(problems(Self.good.replacingOccurrences(of: "category: renewal\n", with: "category: renewal\nfragment: maybe\n"))
                == ["t/renewal-done.md:5: \"fragment\": expected true or false"])
    }
}

struct ReplyRulesReaderTests {
    static let good = """
        rules:
          - id: informal-you
            clause: "6.9"
            kind: warn
            phrases: [ты, тебя]
            message: { ru: "на «Вы»", en: "formal" }
          - id: pm
            clause: 3.6
            kind: block
            channels: [comment]
            unless: [personal_data]
            patterns:
              - 'в\\s+личку'
            message:
              ru: нельзя
              en: not allowed
        """

    func read(_ text: String) -> ReplyRulesReader.Outcome { ReplyRulesReader.read(text: text, file: "t/rules.yaml") }

    @Test func readsRules() throws {
        let outcome = read(Self.good)
        #expect(outcome.problems.isEmpty)
        let rules = outcome.rules.rules
        #expect(rules.map(\.id) == ["informal-you", "pm"])
        #expect(rules[0].channels == [.message, .comment])
        #expect(rules[1] == ReplyRule(id: "pm", clause: "3.6", severity: .block, channels: [.comment],
                                      patterns: [#"в\s+личку"#], unless: [.personalData],
                                      message: Localized(ru: "нельзя", en: "not allowed")))
    }

    @Test func brokenRulesAreReportedAtTheirLinesAndLeftOut() {
        var text = Self.good.replacingOccurrences(of: "'в\\s+личку'", with: "'(в личку'")
        var outcome = read(text)
        #expect(outcome.problems.map(\.line) == [13])
        #expect(outcome.problems.first?.problem.en.hasPrefix("regular expression \"(в личку\" does not compile") == true)
        #expect(outcome.rules.rules.map(\.id) == ["informal-you"])

        text = Self.good.replacingOccurrences(of: "kind: block", with: "kind: error")
        #expect(read(text).problems.map(\.description).first?.hasPrefix("t/rules.yaml:9: \"kind\": \"error\"") == true)

        text = Self.good.replacingOccurrences(of: "id: pm", with: "id: informal-you")
        outcome = read(text)
        #expect(outcome.problems.map(\.description) == ["t/rules.yaml:7: a rule with id \"informal-you\" already exists"])

        text = Self.good.replacingOccurrences(of: "unless: [personal_data]", with: "unless: [urgent]")
        #expect(read(text).problems.map(\.line) == [11])

        text = Self.good.replacingOccurrences(of: "\n      en: not allowed", with: "")
        #expect(read(text).problems.map(\.description) == ["t/rules.yaml:14: \"message\": both texts are needed, ru and en"])

        #expect(read("rule: []").problems.first?.line == 1)
    }
}
