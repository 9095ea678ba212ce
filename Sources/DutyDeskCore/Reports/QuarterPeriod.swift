import Foundation

/// A calendar quarter, such as "2026Q4": the period of the coordinator's quarterly statistics
/// (regulation 5.12) and of the curator's audit (5.14).
///
/// A quarter is a range of local dates; which instants it covers depends on the time zone it is
/// read in (the organisation's), so every instant comes from `interval(in:)`.
public struct QuarterPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1…4.
    public let quarter: Int

    public init?(year: Int, quarter: Int) {
        guard (1...4).contains(quarter), (1...9999).contains(year) else { return nil }
        self.year = year
        self.quarter = quarter
    }

    /// Reads "2026Q4"; also "2026-Q4", "2026q4" and "Q4 2026", as people type them.
    public init?(parsing text: String) {
        let compact = text.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        let parts: [Substring]
        if compact.hasPrefix("Q") {
            let rest = compact.dropFirst()
            guard let q = rest.first else { return nil }
            parts = [rest.dropFirst(), Substring(String(q))]
        } else {
            parts = compact.split(separator: "Q", omittingEmptySubsequences: false)
        }
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 1,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let quarter = Int(parts[1]) else { return nil }
        self.init(year: year, quarter: quarter)
    }

    /// The quarter a local date falls in.
    public init(containing date: LocalDate) {
        year = date.year
        quarter = (date.month - 1) / 3 + 1
    }

    public var description: String { "\(year)Q\(quarter)" }

    public var firstDay: LocalDate { LocalDate(year: year, month: (quarter - 1) * 3 + 1, day: 1)! }

    /// The first day of the next quarter: the quarter is `[firstDay, endDay)`.
    public var endDay: LocalDate { next.firstDay }

    public var lastDay: LocalDate { endDay.adding(days: -1) }

    public var next: QuarterPeriod {
        quarter == 4 ? QuarterPeriod(year: year + 1, quarter: 1)! : QuarterPeriod(year: year, quarter: quarter + 1)!
    }

    public var previous: QuarterPeriod {
        quarter == 1 ? QuarterPeriod(year: year - 1, quarter: 4)! : QuarterPeriod(year: year, quarter: quarter - 1)!
    }

    /// The instants of the quarter, `[local midnight of firstDay, local midnight of endDay)`.
    public func interval(in zone: TimeZone) -> DateInterval {
        DateInterval(start: Self.midnight(firstDay, in: zone), end: Self.midnight(endDay, in: zone))
    }

    /// The Mondays that start the weeks touching the quarter; the first may lie before `firstDay`.
    /// Weeks, not months, because duty and workload are planned by the week.
    public var weekStarts: [LocalDate] {
        let monday = firstDay.adding(days: -Weekday.allCases.firstIndex(of: firstDay.weekday)!)
        return stride(from: 0, to: monday.days(until: endDay), by: 7).map { monday.adding(days: $0) }
    }

    /// Local midnight of a date as an instant (the first instant of the day, even when a
    /// daylight-saving change skips midnight itself).
    public static func midnight(_ date: LocalDate, in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let noon = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))!
        return calendar.startOfDay(for: noon)
    }

    public static func < (a: QuarterPeriod, b: QuarterPeriod) -> Bool {
        (a.year, a.quarter) < (b.year, b.quarter)
    }

    /// "IV квартал 2026 г." / "Q4 2026".
    public var title: Localized {
        let roman = ["I", "II", "III", "IV"][quarter - 1]
        return Localized(ru: "\(roman) квартал \(year) г.", en: "Q\(quarter) \(year)")
    }
}
