import DutyDeskCore
import DutyDeskStore

/// The composer's check box under the text: the summary of the live checks, the message of
/// the moment (a refusal with its next step, a question, sending…) wrapped in full, and the
/// prompt line. The geometry sizes the box from these lines, so nothing is cut.
enum ComposerMessage {
    typealias Line = (text: String, role: StyleRole)

    /// «Проверки: п. 6.9 — фамильярное приветствие…; …»: the rules' own words, never their ids.
    static func summary(_ report: ReplyCheckReport, language: Language) -> Line {
        if report.isClean {
            return (Localized(ru: "Проверки: замечаний нет", en: "Checks: nothing found").text(language), .ok)
        }
        let parts = report.findings.map { finding in
            (finding.clause.map { Localized(ru: "п. \($0) — ", en: "\($0) — ").text(language) } ?? "")
                + finding.message.text(language)
        }
        return (Localized(ru: "Проверки: ", en: "Checks: ").text(language) + parts.joined(separator: "; "),
                report.blocking.isEmpty ? .warning : .error)
    }

    /// The checks line when the whole summary does not fit one row: the count, the findings
    /// themselves follow in the check box (one per line, wrapped), so none is cut off.
    static func checksLine(_ composer: ComposerState, _ report: ReplyCheckReport, language: Language, width: Int) -> Line {
        let whole = summary(report, language: language)
        guard listsFindings(composer), TerminalCells.width(of: TerminalSafeText.line(whole.text)) > width else { return whole }
        return (Localized(ru: "Проверки (замечаний: \(report.findings.count)):", en: "Checks (\(report.findings.count) found):")
                    .text(language), whole.role)
    }

    /// The check box is free for the findings: nothing asked, sent or refused at the moment.
    static func listsFindings(_ composer: ComposerState) -> Bool {
        composer.question == nil && !composer.sending && composer.problem == nil
    }

    /// Each finding on its own line(s), for the check box when the summary is too long for its row.
    static func findingLines(_ report: ReplyCheckReport, language: Language, width: Int) -> [Line] {
        let whole = summary(report, language: language)
        guard !report.isClean, TerminalCells.width(of: TerminalSafeText.line(whole.text)) > width else { return [] }
        return report.findings.flatMap { finding in
            let text = "– " + (finding.clause.map { Localized(ru: "п. \($0) — ", en: "\($0) — ").text(language) } ?? "")
                + finding.message.text(language)
            return TextFitting.wrap(TerminalSafeText.line(text), width: width).map { (text: $0, role: whole.role) }
        }
    }

    /// The message lines, wrapped to `width`, and the prompt (nil when nothing is asked).
    static func lines(_ composer: ComposerState, language: Language, width: Int, catalog: TemplateCatalog?)
        -> (lines: [Line], prompt: String?) {
        switch composer.question {
        case .sendDespite(let findings):
            let text = Localized(ru: "Есть замечания:", en: "The checks found:").text(language)
            let items = findings.map { "– " + $0.summary.text(language) }
            return (wrap([text] + items, role: .warning, width: width),
                    Localized(ru: "Отправить всё равно? y — да, n — вернуться к тексту",
                              en: "Send anyway? y: yes, n: back to the text").text(language))
        case .takeOver(let username):
            return (wrap([Localized(ru: "Это черновик коллеги \(username).", en: "This is \(username)'s draft.").text(language)],
                         role: .warning, width: width),
                    Localized(ru: "Продолжить его как свой? y — да, n — оставить как есть",
                              en: "Continue it as yours? y: yes, n: leave it").text(language))
        case .category(let choices, let selected):
            var lines = wrap([Localized(
                ru: "У обращения не указан вид запроса. Выберите его — по нему ответ попадёт в квартальный отчёт:",
                en: "The item has no request type. Choose one: the quarterly report counts the reply by it:")
                .text(language)], role: .header, width: width)
            for (index, choice) in choices.enumerated() {
                let mark = index == selected ? "▸ " : "  "
                lines.append((TextFitting.truncate(mark + Words.category(choice.rawValue).text(language), to: width),
                              index == selected ? .selected : .normal))
            }
            // Short enough for a 60-column screen; the line above says what Enter records.
            return (lines, Localized(ru: "↑↓/jk — выбор, Enter — отправить, Esc — к тексту",
                                     en: "↑↓/jk: choose, Enter: send, Esc: back to the text").text(language))
        case nil:
            if composer.sending {
                return (wrap([Localized(ru: "Отправляется…", en: "Sending…").text(language)], role: .muted, width: width), nil)
            }
            if let problem = composer.problem {
                // The next step stays on the prompt row, which is always shown, however long the message.
                var prompt = fieldHint(composer, language: language, width: width)
                if let catalog, case let blocking = ComposerUpdate.report(composer, catalog).blocking, !blocking.isEmpty {
                    prompt = shortNextStep(after: blocking, rules: catalog.rules).text(language)
                }
                return (wrap([problem.text(language)], role: .error, width: width), prompt)
            }
            let findings = catalog.map {
                findingLines(ComposerUpdate.report(composer, $0), language: language, width: width)
            } ?? []
            return (findings, fieldHint(composer, language: language, width: width))
        }
    }

    /// While Tab's field is selected, say so in words: the colour alone does not tell that
    /// typing replaces the whole field.
    static func fieldHint(_ composer: ComposerState, language: Language, width: Int) -> String? {
        guard let selection = composer.text.selection else { return nil }
        let field = String(composer.text.characters[selection])
        let name = Placeholder(inner: String(field.dropFirst(2).dropLast(2)))?.fieldName ?? field
        let hint = Localized(ru: "Набранный текст заменит поле «\(name)» · Tab — следующее поле",
                             en: "Typing replaces the field «\(name)» · Tab: the next field").text(language)
        guard TerminalCells.width(of: hint) > width else { return hint }
        // A narrow box: the same in fewer words, rather than a sentence cut before Tab.
        return Localized(ru: "Ввод заменит поле «\(name)» · Tab — далее",
                         en: "Typing replaces «\(name)» · Tab: next").text(language)
    }

    /// A blocking rule that the personal-data mark (Ctrl-P) lifts.
    static func liftable(_ blocking: [ReplyFinding], rules: ReplyRules) -> Bool {
        blocking.contains { finding in
            rules.rules.first { $0.id == finding.ruleID }?.unless.contains(.personalData) == true
        }
    }

    /// The next step in a few words, for the prompt row.
    static func shortNextStep(after blocking: [ReplyFinding], rules: ReplyRules) -> Localized {
        liftable(blocking, rules: rules)
            ? Localized(ru: "Исправьте красное или Ctrl-P (нужны перс. данные), F2",
                        en: "Fix the red text, or Ctrl-P (personal data needed), F2")
            : Localized(ru: "Исправьте выделенное красным и отправьте снова (F2)",
                        en: "Correct what is marked in red and send again (F2)")
    }

    /// The next step after a blocking rule: Ctrl-P when the rule gives way to personal data.
    static func nextStep(after blocking: [ReplyFinding], rules: ReplyRules) -> Localized {
        liftable(blocking, rules: rules)
            ? Localized(ru: "Исправьте выделенное красным. Если для ответа действительно нужны персональные данные читателя, нажмите Ctrl-P и отправьте снова (F2).",
                        en: "Correct what is marked in red. If the answer really needs the reader's personal data, press Ctrl-P and send again (F2).")
            : Localized(ru: "Исправьте выделенное красным и отправьте снова (F2).",
                        en: "Correct what is marked in red and send again (F2).")
    }

    private static func wrap(_ paragraphs: [String], role: StyleRole, width: Int) -> [Line] {
        paragraphs.flatMap { paragraph in
            TextFitting.wrap(TerminalSafeText.line(paragraph), width: width).map { (text: $0, role: role) }
        }
    }
}
