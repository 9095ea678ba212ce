import Foundation

/// How long a block lasts: the administrator's choice (regulation 6.7: "Срок блокировки
/// определяется администратором самостоятельно").
///
/// Spans are calendar arithmetic in the page department's time zone: "1d" ends at the same
/// local time tomorrow, "1m" on the same day next month (or its last day), whatever daylight
/// saving does in between. A date alone means through the end of that local day: "--until
/// 2026-12-01" lifts the block at 00:00 on 2 December, the way people say "blocked until the
/// 1st". VK (`groups.ban`) accepts an end at most a year ahead, so a longer term is refused:
/// the administrator chooses "permanent" instead.
public enum BlockTerm: Sendable, Hashable {
    case span(count: Int, unit: Unit)
    case permanent
    /// Through the end of that local day.
    case throughDate(LocalDate)
    /// Until an exact instant.
    case until(Date)

    public enum Unit: String, Sendable, CaseIterable {
        case hour = "h", day = "d", week = "w", month = "m", year = "y"
    }

    /// The choices the TUI offers, in order.
    public static let presets: [BlockTerm] = [
        .span(count: 1, unit: .day), .span(count: 3, unit: .day), .span(count: 1, unit: .week),
        .span(count: 1, unit: .month), .span(count: 1, unit: .year), .permanent,
    ]

    /// When a block with this term, starting at `start`, ends; nil for a permanent block.
    /// Throws when that end is not after the start or more than a year ahead.
    public func end(from start: Date, timeZone: TimeZone) throws(BlockTermProblem) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let end: Date
        switch self {
        case .permanent:
            return nil
        case .span(let count, let unit):
            guard count > 0 else { throw .emptySpan }
            let added: Date? = switch unit {
            case .hour: start.addingTimeInterval(TimeInterval(count) * 3600)
            case .day: calendar.date(byAdding: .day, value: count, to: start)
            case .week: calendar.date(byAdding: .day, value: 7 * count, to: start)
            case .month: calendar.date(byAdding: .month, value: count, to: start)
            case .year: calendar.date(byAdding: .year, value: count, to: start)
            }
            guard let added else { throw .beyondAYear(latest: Self.latestEnd(from: start, calendar: calendar), timeZone: timeZone) }
            end = added
        case .throughDate(let date):
            let nextDay = date.adding(days: 1)
            guard let midnight = calendar.date(from: DateComponents(year: nextDay.year, month: nextDay.month, day: nextDay.day))
            else { throw .notInFuture(end: start, timeZone: timeZone) }
            end = midnight
        case .until(let instant):
            end = instant
        }
        guard end > start else { throw .notInFuture(end: end, timeZone: timeZone) }
        let latest = Self.latestEnd(from: start, calendar: calendar)
        guard end <= latest else { throw .beyondAYear(latest: latest, timeZone: timeZone) }
        return end
    }

    /// One calendar year after `start`, the furthest end VK accepts.
    static func latestEnd(from start: Date, calendar: Calendar) -> Date {
        calendar.date(byAdding: .year, value: 1, to: start) ?? start.addingTimeInterval(365 * 86_400)
    }

    /// Words for the choice: "3 дня" / "3 days", "навсегда" / "permanent", "по 2026-12-01 включительно".
    public var label: Localized {
        switch self {
        case .permanent:
            return Localized(ru: "навсегда", en: "permanent")
        case .span(let count, let unit):
            return Localized(ru: "\(count) \(unit.russianWord(count))", en: "\(count) \(unit.englishWord(count))")
        case .throughDate(let date):
            return Localized(ru: "по \(date.iso) включительно", en: "through \(date.iso)")
        case .until(let instant):
            let text = LocalTimeText.utc(instant)
            return Localized(ru: "до \(text)", en: "until \(text)")
        }
    }
}

extension BlockTerm.Unit {
    func russianWord(_ count: Int) -> String {
        let forms: (String, String, String) = switch self {
        case .hour: ("час", "часа", "часов")
        case .day: ("день", "дня", "дней")
        case .week: ("неделя", "недели", "недель")
        case .month: ("месяц", "месяца", "месяцев")
        case .year: ("год", "года", "лет")
        }
        return RussianPlural.pick(count, forms)
    }

    func englishWord(_ count: Int) -> String {
        let word = switch self {
        case .hour: "hour"
        case .day: "day"
        case .week: "week"
        case .month: "month"
        case .year: "year"
        }
        return count == 1 ? word : word + "s"
    }
}

/// Russian nouns after a number: 1 день, 2 дня, 5 дней, 11 дней, 21 день.
enum RussianPlural {
    static func pick(_ count: Int, _ forms: (one: String, few: String, many: String)) -> String {
        let lastTwo = abs(count) % 100
        let last = abs(count) % 10
        if (11...14).contains(lastTwo) { return forms.many }
        if last == 1 { return forms.one }
        if (2...4).contains(last) { return forms.few }
        return forms.many
    }
}
