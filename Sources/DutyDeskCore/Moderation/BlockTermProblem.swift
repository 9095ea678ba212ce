import Foundation

/// Why a block term cannot be used, in words that say what to type instead.
public enum BlockTermProblem: OperatorFacingError, Equatable {
    case unreadableSpan(String)
    case unreadableDate(String)
    case emptySpan
    case notInFuture(end: Date, timeZone: TimeZone)
    case beyondAYear(latest: Date, timeZone: TimeZone)

    public var message: Localized {
        switch self {
        case .unreadableSpan(let text):
            Localized(ru: "Срок «\(text)» не понят: укажите число и единицу — 12h, 1d, 3d, 1w, 1m, 1y (часы, дни, недели, месяцы, годы).",
                      en: "Cannot read the term '\(text)': give a number and a unit — 12h, 1d, 3d, 1w, 1m, 1y (hours, days, weeks, months, years).")
        case .unreadableDate(let text):
            Localized(ru: "Дата «\(text)» не понята: укажите 2026-12-01 (по этот день включительно), 2026-12-01 18:00 или ISO 8601 с часовым поясом.",
                      en: "Cannot read the date '\(text)': give 2026-12-01 (through that day), 2026-12-01 18:00, or ISO 8601 with a zone.")
        case .emptySpan:
            Localized(ru: "Срок блокировки должен быть больше нуля.", en: "The block term must be longer than zero.")
        case .notInFuture(let end, let zone):
            Localized(ru: "Срок блокировки уже прошёл (\(LocalTimeText.local(end, in: zone))); укажите время в будущем.",
                      en: "That end has already passed (\(LocalTimeText.local(end, in: zone))); give a time in the future.")
        case .beyondAYear(let latest, let zone):
            Localized(ru: "ВКонтакте блокирует не более чем на год вперёд (самое позднее — \(LocalTimeText.local(latest, in: zone))); для более долгого срока выберите «навсегда» (--permanent).",
                      en: "VK blocks for at most a year ahead (at the latest \(LocalTimeText.local(latest, in: zone))); for longer, choose permanent (--permanent).")
        }
    }
}
