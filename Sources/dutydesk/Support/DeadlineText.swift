import DutyDeskCore
import Foundation

/// The human answer of `dutydesk deadline`.
enum DeadlineText {
    static func describe(_ deadline: ReplyDeadline?, arrival: Date, page: String, zone: TimeZone) -> Localized {
        let arrivedText = ISOInstant.local(arrival, in: zone)
        guard let deadline else {
            return Localized(
                ru: "\(page): пришло \(arrivedText) (\(zone.identifier)) — срока ответа нет: отдел не работает ни одного часа в ближайшие 366 дней.",
                en: "\(page): arrived \(arrivedText) (\(zone.identifier)) — no deadline: the department has no open time within 366 days.")
        }
        let due = ISOInstant.local(deadline.dueAt, in: zone)
        let start = ISOInstant.local(deadline.clockStart, in: zone)
        let allowance = Duration.words(seconds: Int(deadline.allowance))
        return Localized(
            ru: "\(page): пришло \(arrivedText), отсчёт с \(start), рабочий день \(allowance.ru) — ответить до \(due) (\(zone.identifier)), \(ISOInstant.utc(deadline.dueAt))",
            en: "\(page): arrived \(arrivedText), clock from \(start), working day \(allowance.en) — reply by \(due) (\(zone.identifier)), \(ISOInstant.utc(deadline.dueAt))")
    }
}

/// Durations in words, "3 ч 12 мин" / "3 h 12 min".
enum Duration {
    static func words(seconds: Int) -> Localized {
        let total = abs(seconds) / 60
        let hours = total / 60
        let minutes = total % 60
        switch (hours, minutes) {
        case (0, let m): return Localized(ru: "\(m) мин", en: "\(m) min")
        case (let h, 0): return Localized(ru: "\(h) ч", en: "\(h) h")
        case (let h, let m): return Localized(ru: "\(h) ч \(m) мин", en: "\(h) h \(m) min")
        }
    }
}
