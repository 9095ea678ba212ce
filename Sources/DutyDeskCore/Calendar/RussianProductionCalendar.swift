/// The official Russian non-working days and the shortened days before them, as published.
///
/// Sources: government decree No. 1335 of 04.10.2024 (2025), No. 1466 of 24.09.2025 (2026, with the
/// Labour Code art. 112 moves), No. 1187 of 17.09.2026 (2027). The 2027 list was taken from public
/// holiday datasets and has not yet been checked against the decree text: it is marked provisional
/// so the UI can say so. Working Saturdays created by the decrees are deliberately absent: a moved
/// working day must not open a library that is closed on Saturdays.
public enum RussianProductionCalendar {
    public static let provisionalYears: Set<Int> = [2027]

    public static var coveredYears: ClosedRange<Int> { 2025...2027 }

    public static let nonWorkingDays: Set<LocalDate> = dates([
        // 2025
        "2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05", "2025-01-06", "2025-01-07",
        "2025-01-08", "2025-02-23", "2025-03-08", "2025-05-01", "2025-05-02", "2025-05-08", "2025-05-09",
        "2025-06-12", "2025-06-13", "2025-11-03", "2025-11-04", "2025-12-31",
        // 2026
        "2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05", "2026-01-06", "2026-01-07",
        "2026-01-08", "2026-01-09", "2026-02-23", "2026-03-08", "2026-03-09", "2026-05-01", "2026-05-09",
        "2026-05-11", "2026-06-12", "2026-11-04", "2026-12-31",
        // 2027 (provisional)
        "2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07",
        "2027-01-08", "2027-02-22", "2027-02-23", "2027-03-08", "2027-05-01", "2027-05-03", "2027-05-09",
        "2027-05-10", "2027-06-12", "2027-06-14", "2027-11-04", "2027-11-05", "2027-12-31",
    ])

    /// Pre-holiday days on which the working day is one hour shorter.
    public static let shortenedDays: Set<LocalDate> = dates([
        "2025-03-07", "2025-04-30", "2025-06-11", "2025-11-01",
        "2026-04-30", "2026-05-08", "2026-06-11", "2026-11-03",
        "2027-02-20", "2027-04-30", "2027-06-11", "2027-11-03",
    ])

    /// How much earlier a department closes on a shortened day.
    public static let shortening = 60

    private static func dates(_ texts: [String]) -> Set<LocalDate> {
        Set(texts.map { text in
            guard let date = LocalDate(iso: text) else { preconditionFailure("bad shipped date \(text)") }
            return date
        })
    }
}
