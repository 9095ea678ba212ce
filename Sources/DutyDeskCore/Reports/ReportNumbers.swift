import Foundation

/// How the report writes numbers for people: hours of working time with one decimal, shares
/// as percentages, dates the way each language writes them. Integer arithmetic throughout,
/// so a figure never depends on floating-point rounding.
public enum ReportNumbers {
    /// 5400 s → "1,5" (Russian) / "1.5" (English): hours, rounded to the nearest tenth.
    public static func hours(_ seconds: Int, _ language: Language) -> String {
        tenths((seconds * 10 + 1_800) / 3_600, language)
    }

    /// 7 of 8 → "87,5 %" / "87.5%", rounded to the nearest tenth of a percent.
    public static func percent(_ part: Int, of whole: Int, _ language: Language) -> String {
        guard whole > 0 else { return "—" }
        let value = tenths((part * 2_000 + whole) / (2 * whole), language)
        return language == .ru ? "\(value) %" : "\(value)%"
    }

    /// The same share for machines: "87.5".
    public static func percentValue(_ part: Int, of whole: Int) -> String {
        tenths((part * 2_000 + whole) / (2 * whole), .en)
    }

    /// "01.10.2026" / "2026-10-01".
    public static func date(_ date: LocalDate, _ language: Language) -> String {
        guard language == .ru else { return date.iso }
        let d = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let m = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return "\(d).\(m).\(date.year)"
    }

    /// An instant as a local date and time in `zone`: "09.11.2026 15:00" / "2026-11-09 15:00".
    public static func dateTime(_ seconds: Int64, in zone: TimeZone, _ language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute],
                                            from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        let day = LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
        let hour = parts.hour! < 10 ? "0\(parts.hour!)" : "\(parts.hour!)"
        let minute = parts.minute! < 10 ? "0\(parts.minute!)" : "\(parts.minute!)"
        return "\(date(day, language)) \(hour):\(minute)"
    }

    /// An instant as ISO 8601 UTC, whole seconds: what CSV and JSON carry.
    public static func utc(_ seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    private static func tenths(_ value: Int, _ language: Language) -> String {
        "\(value / 10)\(language == .ru ? "," : ".")\(value % 10)"
    }
}
