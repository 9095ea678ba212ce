import DutyDeskCore

/// The five panels, switched with Tab and 1–5. Only the inbox exists yet; the others say
/// what they will hold.
public enum Panel: Int, CaseIterable, Sendable {
    case inbox = 1, replies, moderation, duty, reports

    public var title: Localized {
        switch self {
        case .inbox: Localized(ru: "Входящие", en: "Inbox")
        case .replies: Localized(ru: "Ответы", en: "Replies")
        case .moderation: Localized(ru: "Модерация", en: "Moderation")
        case .duty: Localized(ru: "Дежурства", en: "Duty")
        case .reports: Localized(ru: "Отчёты", en: "Reports")
        }
    }

    /// What a panel that is not built yet will hold.
    public var plannedContent: Localized {
        switch self {
        case .inbox:
            Localized(ru: "", en: "")
        case .replies:
            Localized(ru: "Здесь будут ответы: выбор одобренного шаблона, заполнение и проверка текста (п. 6.8, 3.6, 6.9), очередь исходящих (ожидает / отправлено / ошибка).",
                      en: "Replies will live here: picking an approved template, filling and checking the text (6.8, 3.6, 6.9), and the outbox (pending / sent / failed).")
        case .moderation:
            Localized(ru: "Здесь будет модерация: блокировки и разблокировки с кодом причины (п. 6.7), удаление оскорбительных комментариев (п. 3.5), передача жалоб руководителю (п. 3.7).",
                      en: "Moderation will live here: blocks and unblocks with a reason code (6.7), deleting offensive comments (3.5), escalating complaints (3.7).")
        case .duty:
            Localized(ru: "Здесь будет график дежурств: кто дежурит и кто следующий, пробелы в покрытии, ротация, замены (п. 6.1, 5.15).",
                      en: "The duty schedule will live here: who is on duty and next, coverage gaps, rotation, swaps (6.1, 5.15).")
        case .reports:
            Localized(ru: "Здесь будут отчёты: квартальная статистика по страницам (п. 5.12) и выборка для аудита (п. 5.14).",
                      en: "Reports will live here: the quarterly statistics per page (5.12) and the audit sample (5.14).")
        }
    }

    public var next: Panel { Panel(rawValue: rawValue % Panel.allCases.count + 1)! }
    public var previous: Panel { Panel(rawValue: (rawValue + Panel.allCases.count - 2) % Panel.allCases.count + 1)! }
}
