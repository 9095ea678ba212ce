import DutyDeskCore
import DutyDeskStore
import Foundation

/// What `dutydesk reply` prints, for people and as JSON.
enum ReplyOutput {
    static func sent(_ sent: SentReply, language: Language, json: Bool) -> String {
        let prepared = sent.prepared
        if json {
            return (try? JSONText.object(object(prepared, extra: [
                "outbox_id": sent.outboxID, "status": OutboxStatus.pending.rawValue,
                "item_status": sent.itemStatus.rawValue,
            ]))) ?? "{}"
        }
        let how = prepared.freeForm ? Localized(ru: "свободный ответ", en: "free-form")
            : Localized(ru: "шаблоны: \(prepared.templateIDs.joined(separator: ", "))\(prepared.edited ? " (изменён)" : "")",
                        en: "templates: \(prepared.templateIDs.joined(separator: ", "))\(prepared.edited ? " (edited)" : "")")
        let status = sent.itemStatus == .answered ? Localized(ru: "отвечено", en: "answered")
            : Localized(ru: sent.itemStatus.rawValue, en: sent.itemStatus.rawValue)
        let head = Localized(
            ru: "Ответ #\(sent.outboxID) на обращение #\(prepared.target.itemID) поставлен в очередь; \(how.ru). Обращение: \(status.ru).\n"
                + "Опубликуйте его на странице и отметьте: dutydesk outbox posted \(sent.outboxID)",
            en: "Reply #\(sent.outboxID) to item #\(prepared.target.itemID) queued; \(how.en). Item: \(status.en).\n"
                + "Post it on the page, then run: dutydesk outbox posted \(sent.outboxID)")
        return head.text(language) + "\n\n" + TerminalSafeText.lines(prepared.text)
    }

    static func preview(_ prepared: PreparedReply, language: Language, json: Bool) -> String {
        if json {
            return (try? JSONText.object(object(prepared, extra: [:]))) ?? "{}"
        }
        var lines = [TerminalSafeText.lines(prepared.text), ""]
        if prepared.report.isClean {
            lines.append(Localized(ru: "Проверки пройдены.", en: "All checks passed.").text(language))
        }
        for finding in prepared.report.findings {
            let mark = finding.severity == .block ? Localized(ru: "ЗАПРЕЩЕНО", en: "BLOCKED")
                                                  : Localized(ru: "внимание", en: "warning")
            lines.append("\(mark.text(language)): \(finding.summary.text(language))")
        }
        return lines.joined(separator: "\n")
    }

    private static func object(_ prepared: PreparedReply, extra: [String: Any]) -> [String: Any] {
        var object: [String: Any] = [
            "item": prepared.target.itemID,
            "page": prepared.target.item.pageID,
            "kind": prepared.target.channel.rawValue,
            "text": prepared.text,
            "templates": prepared.templateIDs,
            "edited": prepared.edited,
            "free_form": prepared.freeForm,
            "personal_data": prepared.personalData,
            "category": prepared.category?.rawValue ?? NSNull(),
            "unfilled_fields": prepared.rendered?.unfilledFields ?? [],
            "findings": prepared.report.findings.map { finding in
                [
                    "rule": finding.ruleID, "clause": finding.clause ?? NSNull(),
                    "kind": finding.severity.rawValue, "message": finding.message.en,
                    "message_ru": finding.message.ru, "excerpts": finding.excerpts,
                ] as [String: Any]
            },
        ]
        object.merge(extra) { _, new in new }
        return object
    }
}
