import Foundation

extension BlockTerm {
    /// Reads a span as typed after `--for`: a whole number and a unit, "12h", "7d", "1w", "1m",
    /// "1y" (the Russian letters ч, д, н, м, г work too, since the administrators type Russian).
    public static func parseSpan(_ text: String) throws(BlockTermProblem) -> BlockTerm {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = trimmed.dropLast().trimmingCharacters(in: .whitespaces)
        guard let unitCharacter = trimmed.last, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let count = Int(digits), let unit = unitLetters[unitCharacter] else {
            throw .unreadableSpan(text)
        }
        guard count > 0 else { throw .emptySpan }
        return .span(count: count, unit: unit)
    }

    static let unitLetters: [Character: Unit] = [
        "h": .hour, "d": .day, "w": .week, "m": .month, "y": .year,
        "ч": .hour, "д": .day, "н": .week, "м": .month, "г": .year,
    ]

    /// Reads an end as typed after `--until`: a date ("2026-12-01" or "01.12.2026": through the
    /// end of that day), a local date and time of the department ("2026-12-01 18:00"), or an
    /// ISO 8601 instant with a zone ("2026-12-01T15:00:00Z").
    public static func parseEnd(_ text: String, timeZone: TimeZone) throws(BlockTermProblem) -> BlockTerm {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = LocalDate(typed: trimmed) { return .throughDate(date) }
        if let instant = LocalTimeText.parseInstant(trimmed) { return .until(instant) }
        if let instant = LocalTimeText.parseLocal(trimmed, timeZone: timeZone) { return .until(instant) }
        throw .unreadableDate(text)
    }
}
