import Foundation

/// ISO 8601 instants as the command line reads and prints them.
enum ISOInstant {
    /// Accepts `2026-11-09T12:00:00Z`, with an offset, with fractional seconds, or without seconds.
    static func parse(_ text: String) -> Date? {
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime],
                                                      [.withInternetDateTime, .withFractionalSeconds]] {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return date }
        }
        // Without seconds: "2026-11-09T15:00+03:00".
        if let zoneStart = text.lastIndex(where: { $0 == "+" || $0 == "-" || $0 == "Z" }),
           text.distance(from: text.startIndex, to: zoneStart) == 16 {
            return parse(String(text[..<zoneStart]) + ":00" + String(text[zoneStart...]))
        }
        return nil
    }

    /// A local date and time with no zone ("2026-11-09T15:00" or "2026-11-09 15:00:00"), read in `zone`.
    static func parseLocal(_ text: String, in zone: TimeZone) -> Date? {
        let normalised = text.replacingOccurrences(of: " ", with: "T")
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = zone
            formatter.dateFormat = format
            if let date = formatter.date(from: normalised) { return date }
        }
        return nil
    }

    /// `2026-11-10T12:00:00Z`: UTC, whole seconds, what the JSON contract promises.
    static func utc(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// `2026-11-10 15:00` in a zone, for people.
    static func local(_ date: Date, in zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
