import DutyDeskCore
import DutyDeskStore

/// What an audit log entry says, in a few plain words per kind of action, with the details
/// that matter (a reason, a template). Details come from the database: made terminal-safe.
enum AuditEntryPhrase {
    static func text(_ entry: AuditEntry, _ l: Language) -> String {
        let d = entry.details
        func detail(_ key: String) -> String? {
            d[key].flatMap { $0.isEmpty ? nil : TerminalSafeText.line($0) }
        }
        func t(_ ru: String, _ en: String) -> String { Localized(ru: ru, en: en).text(l) }
        switch entry.action {
        case "item.read":
            return t("прочтение (п. 3.4)", "read (3.4)")
        case "reply":
            var text = d["free_form"] == "true" ? t("ответ свободным текстом", "reply in free text")
                : t("ответ по шаблону", "reply from a template") + (detail("templates").map { " \($0)" } ?? "")
            if d["edited"] == "true" { text += t(" (шаблон изменён)", " (template edited)") }
            if let outbox = detail("outbox_id") { text += t(", исходящий № \(outbox)", ", outbox #\(outbox)") }
            if let warnings = detail("warnings_confirmed") {
                text += t(", подтверждены предупреждения: \(warnings)", ", warnings confirmed: \(warnings)")
            }
            return text
        case "reply.posted":
            return t("ответ опубликован", "reply posted") + (detail("outbox_id").map { t(" (исходящий № \($0))", " (outbox #\($0))") } ?? "")
        case "reply.failed":
            return t("ответ не опубликован", "reply not posted") + (detail("reason").map { ": \($0)" } ?? "")
        case "item.close":
            return t("закрыто без ответа", "closed without a reply") + (detail("reason").map { ": \($0)" } ?? "")
        case "item.reopen":
            return t("открыто снова", "reopened") + (detail("note").map { ": \($0)" } ?? "")
        case "item.mark", "item.unmark":
            let mark = d["mark"].flatMap(ItemMark.init(rawValue:))?.label.text(l) ?? detail("mark") ?? ""
            return (entry.action == "item.mark" ? t("отмечено: ", "marked: ") : t("отметка снята: ", "mark removed: ")) + mark
        case "comment.delete":
            let reason = d["reason"].flatMap(BlockReason.init(rawValue:)).map { $0.reportTitle.text(l) } ?? detail("reason") ?? ""
            return t("комментарий удалён (п. 6.7): ", "comment deleted (6.7): ") + reason
        case "item.escalate":
            let again = d["again"] == "1" ? t(" повторно", " again") : ""
            return t("передано руководителю\(again) (п. 3.7)", "escalated to the head\(again) (3.7)")
                + (detail("to").map { ", \($0)" } ?? "")
        case "block":
            // Made from an item (`b`, delete-and-block), so it is in the item's history.
            let reason = d["reason"].flatMap(BlockReason.init(rawValue:))?.shortName.text(l) ?? detail("reason") ?? ""
            let term = d["term"].map { TerminalSafeText.line(AuditDetailText.value(key: "term", $0, zone: .gmt, language: l)) } ?? ""
            return t("автор заблокирован (п. 6.7): ", "author blocked (6.7): ") + [reason, term].filter { !$0.isEmpty }.joined(separator: ", ")
        case "unblock":
            return t("блокировка автора снята", "author unblocked") + (detail("note").map { ": \($0)" } ?? "")
        case "item.escalate.mail":
            if d["outcome"] == "sent" { return t("письмо руководителю отправлено", "mail to the head sent") }
            return t("письмо руководителю не отправлено", "mail to the head not sent") + (detail("error").map { ": \($0)" } ?? "")
        default:
            // A kind this version does not name: the code and its details, as `audit log` prints them.
            let rest = d.keys.sorted().compactMap { key in detail(key).map { "\(key)=\($0)" } }.joined(separator: " ")
            return TerminalSafeText.line(entry.action) + (rest.isEmpty ? "" : " " + rest)
        }
    }
}
