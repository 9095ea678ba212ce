import Foundation

/// The audit sample for the curator to read (Markdown) or to annotate in a spreadsheet (CSV).
public enum AuditSampleMarkdown {
    public static func render(_ sample: AuditSample, language l: Language) -> String {
        let zone = TimeZone(identifier: sample.timeZoneIdentifier) ?? TimeZone(identifier: "UTC")!
        var blocks: [String] = [
            text(ru: "# Выборка для аудита страниц — \(sample.quarter.title.ru)",
                 en: "# Audit sample — \(sample.quarter.title.en)", l),
            text(ru: "До \(sample.perPage) отвеченных обращений на страницу, выбраны случайно; seed \(sample.seed) "
                    + "(повторить: `dutydesk audit sample --quarter \(sample.quarter) --per-page \(sample.perPage) --seed \(sample.seed)`). "
                    + "Данные на \(ReportNumbers.dateTime(sample.generatedAt, in: zone, l)) (\(sample.timeZoneIdentifier)).",
                 en: "Up to \(sample.perPage) answered requests per page, picked at random; seed \(sample.seed) "
                    + "(repeat: `dutydesk audit sample --quarter \(sample.quarter) --per-page \(sample.perPage) --seed \(sample.seed)`). "
                    + "As of \(ReportNumbers.dateTime(sample.generatedAt, in: zone, l)) (\(sample.timeZoneIdentifier)).", l),
        ]
        for page in sample.pages {
            blocks.append("## \(MarkdownTable.cell(page.pageName)) (\(MarkdownTable.cell(page.pageID))) — "
                          + text(ru: "\(page.entries.count) из \(page.population)", en: "\(page.entries.count) of \(page.population)", l))
            if page.entries.isEmpty {
                blocks.append(text(ru: "Отвеченных обращений за квартал нет.", en: "No answered requests in the quarter.", l))
            }
            for (index, entry) in page.entries.enumerated() {
                blocks.append(self.entry(entry, number: index + 1, zone: zone, l))
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func entry(_ entry: AuditSampleEntry, number: Int, zone: TimeZone, _ l: Language) -> String {
        let category = entry.category?.reportTitle ?? RequestCategory.unclassifiedTitle
        var lines = ["### \(number). " + text(ru: "Обращение", en: "Item", l) + " #\(entry.itemID) · "
                     + "\(entry.channel.title.text(l)) · \(category.text(l))"]
        let arrived = ReportNumbers.dateTime(entry.arrival, in: zone, l)
        let replied = ReportNumbers.dateTime(entry.replyAt, in: zone, l)
        let hours = ReportNumbers.hours(entry.responseSeconds, l)
        lines.append(text(ru: "- Поступило \(arrived), ответ \(replied); время ответа \(hours) раб. ч — \(standing(entry.standing, l))",
                          en: "- Arrived \(arrived), answered \(replied); response time \(hours) working h — \(standing(entry.standing, l))", l))
        lines.append("- " + origin(entry, l))
        lines.append("")
        lines.append(text(ru: "**Читатель:**", en: "**Reader:**", l))
        lines.append(quoted(entry.incomingText))
        lines.append("")
        lines.append(text(ru: "**Ответ:**", en: "**Reply:**", l))
        lines.append(quoted(entry.replyText))
        return lines.joined(separator: "\n")
    }

    static func standing(_ standing: RequestStanding, _ l: Language) -> String {
        switch standing {
        case .answeredOnTime: text(ru: "в срок", en: "on time", l)
        case .answeredLate: text(ru: "с нарушением срока", en: "late", l)
        default: text(ru: "срок не определён", en: "no deadline", l)
        }
    }

    static func origin(_ entry: AuditSampleEntry, _ l: Language) -> String {
        // Named as the quarterly report's administrators table names them.
        let who = entry.administrator.map { username in
            let name = TerminalSafeText.line(StaffLabel.text(username: username, name: entry.administratorName))
            return text(ru: "; ответил(а) \(name)", en: "; by \(name)", l)
        } ?? ""
        let templates = entry.templateIDs.joined(separator: ", ")
        switch entry.origin {
        case .template: return text(ru: "Шаблон: \(templates)\(who)", en: "Template: \(templates)\(who)", l)
        case .editedTemplate:
            return text(ru: "Шаблон: \(templates) (текст изменён)\(who)", en: "Template: \(templates) (edited)\(who)", l)
        case .freeText: return text(ru: "Свободный текст (п. 6.8)\(who)", en: "Free text (6.8)\(who)", l)
        case .outsideDutyDesk:
            return text(ru: "Ответ вне dutydesk: шаблон и автор неизвестны", en: "Answered outside dutydesk: template and author unknown", l)
        }
    }

    /// Reader text as a Markdown quote: control characters made visible, every line quoted,
    /// so nothing a reader wrote can start a heading or break out of the quote.
    static func quoted(_ text: String) -> String {
        let lines = TerminalSafeText.lines(text).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { "> " + $0 }.joined(separator: "\n")
    }

    static func text(ru: String, en: String, _ language: Language) -> String {
        Localized(ru: ru, en: en).text(language)
    }
}

public enum AuditSampleCSV {
    public static let header = ["quarter", "seed", "page", "item_id", "channel", "category", "arrived_at", "deadline_at",
                                "replied_at", "response_seconds", "standing", "reply_origin", "template_ids",
                                "administrator", "incoming_text", "reply_text"]

    public static func render(_ sample: AuditSample) -> String {
        var text = CSVText.record(header)
        for page in sample.pages {
            for entry in page.entries {
                text += CSVText.record([
                    sample.quarter.description, String(sample.seed), page.pageID, String(entry.itemID),
                    entry.channel.code, entry.category?.rawValue ?? RequestCategory.unclassifiedCode,
                    ReportNumbers.utc(entry.arrival), entry.deadline.map(ReportNumbers.utc) ?? "",
                    ReportNumbers.utc(entry.replyAt), String(entry.responseSeconds), entry.standing.rawValue,
                    entry.origin.rawValue, entry.templateIDs.joined(separator: " "), entry.administrator ?? "",
                    // CSV may well be printed to a terminal: control characters made visible.
                    CSVText.untrusted(TerminalSafeText.lines(entry.incomingText)),
                    CSVText.untrusted(TerminalSafeText.lines(entry.replyText)),
                ])
            }
        }
        return text
    }
}
