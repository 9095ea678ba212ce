import Foundation

/// One audit detail's value as people read it in `audit log`: instants in the organisation's
/// zone instead of epoch seconds or UTC, and the words the Store records in English (a block's
/// term and reason, a mark) in the session's language. The log itself keeps the raw values
/// (`--json` prints them unchanged).
public enum AuditDetailText {
    public static func value(key: String, _ raw: String, zone: TimeZone, language: Language) -> String {
        if let instant = instant(key: key, raw) { return LocalTimeText.local(instant, in: zone) }
        switch key {
        case "term":
            return term(raw, zone: zone)?.text(language) ?? raw
        case "until" where raw == "permanent":
            return BlockTerm.permanent.label.text(language)
        case "reason":
            return BlockReason(rawValue: raw)?.shortName.text(language) ?? raw
        case "mark":
            return ItemMark(rawValue: raw)?.label.text(language) ?? raw
        default:
            return raw
        }
    }

    /// Epoch seconds under a `…_at` key (`ends_at`, `starts_at_before`), or a UTC ISO 8601 instant.
    static func instant(key: String, _ raw: String) -> Date? {
        let isTimeKey = key.hasSuffix("_at") || key.contains("_at_")
        if isTimeKey, !raw.isEmpty, raw.allSatisfy(\.isASCII), let seconds = Int64(raw) {
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        guard raw.hasSuffix("Z"), raw.count >= 20 else { return nil }
        return LocalTimeText.parseInstant(raw)
    }

    /// The term as `BlockTerm.label.en` wrote it ("1 week", "permanent", "through 2026-12-01",
    /// "until 2026-12-01T15:00:00Z"), in both languages again.
    static func term(_ raw: String, zone: TimeZone) -> Localized? {
        if raw == "permanent" { return BlockTerm.permanent.label }
        if raw.hasPrefix("through "), let date = LocalDate(iso: String(raw.dropFirst("through ".count))) {
            return BlockTerm.throughDate(date).label
        }
        if raw.hasPrefix("until "), let instant = LocalTimeText.parseInstant(String(raw.dropFirst("until ".count))) {
            let local = LocalTimeText.local(instant, in: zone)
            return Localized(ru: "до \(local)", en: "until \(local)")
        }
        let parts = raw.split(separator: " ")
        guard parts.count == 2, let count = Int(parts[0]),
              let unit = BlockTerm.Unit.allCases.first(where: { [$0.englishWord(1), $0.englishWord(2)].contains(String(parts[1])) })
        else { return nil }
        return BlockTerm.span(count: count, unit: unit).label
    }
}
