import Foundation

/// Instants as moderation texts show and read them: local to the page's department for people,
/// UTC ISO 8601 for machines.
public enum LocalTimeText {
    /// "2026-12-01 18:00" in `zone`.
    public static func local(_ instant: Date, in zone: TimeZone) -> String {
        formatter("yyyy-MM-dd HH:mm", zone).string(from: instant)
    }

    /// "2026-12-01T15:00:00Z".
    public static func utc(_ instant: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: instant)
    }

    /// An ISO 8601 instant with a zone and seconds, with or without a fraction of a second.
    static func parseInstant(_ text: String) -> Date? {
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime],
                                                      [.withInternetDateTime, .withFractionalSeconds]] {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    /// A local date and time without a zone, "2026-12-01 18:00" or "2026-12-01T18:00[:ss]".
    static func parseLocal(_ text: String, timeZone: TimeZone) -> Date? {
        let normalised = text.replacingOccurrences(of: " ", with: "T")
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"] {
            if let date = formatter(format, timeZone).date(from: normalised) { return date }
        }
        return nil
    }

    private static func formatter(_ format: String, _ zone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = format
        return formatter
    }
}
