import DutyDeskCore

/// The five panels, switched with Tab and 1–5 (D also opens the duty schedule). Each panel
/// but the inbox belongs to a feature in `Features/`, which draws it and takes its keys.
public enum Panel: Int, CaseIterable, Sendable {
    case inbox = 1, outbox, duty, reports, blocks

    public var title: Localized {
        switch self {
        case .inbox: Localized(ru: "Входящие", en: "Inbox")
        case .outbox: Localized(ru: "Исходящие", en: "Outbox")
        case .duty: Localized(ru: "Дежурства", en: "Duty")
        case .reports: Localized(ru: "Отчёты", en: "Reports")
        case .blocks: Localized(ru: "Блокировки", en: "Blocks")
        }
    }

    /// What a panel that is not built yet will hold.
    public var plannedContent: Localized {
        switch self {
        case .inbox:
            Localized(ru: "", en: "")
        case .outbox:
            Localized(ru: "Здесь будет очередь исходящих ответов: ожидает публикации / опубликовано (п. 6.3, 6.8).",
                      en: "The outbox will live here: replies pending and posted (6.3, 6.8).")
        case .duty:
            Localized(ru: "Здесь будет график дежурств: кто дежурит и кто следующий, пробелы в покрытии, ротация, замены (п. 6.1, 5.15).",
                      en: "The duty schedule will live here: who is on duty and next, coverage gaps, rotation, swaps (6.1, 5.15).")
        case .reports:
            Localized(ru: "Здесь будут отчёты: квартальная статистика по страницам (п. 5.12).",
                      en: "Reports will live here: the quarterly statistics per page (5.12).")
        case .blocks:
            Localized(ru: "Здесь будут блокировки: действующие и прошлые, по страницам, с оставшимся сроком (п. 6.7).",
                      en: "Blocks will live here: current and past, per page, with the time left (6.7).")
        }
    }

    public var next: Panel { Panel(rawValue: rawValue % Panel.allCases.count + 1)! }
    public var previous: Panel { Panel(rawValue: (rawValue + Panel.allCases.count - 2) % Panel.allCases.count + 1)! }
}
