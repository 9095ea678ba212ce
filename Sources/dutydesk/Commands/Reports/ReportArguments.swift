import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// The formats the report commands print.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case md, csv, json
}

enum SampleFormat: String, ExpressibleByArgument, CaseIterable {
    case md, csv
}

enum ReportArguments {
    /// The report's language: Russian unless `--lang` asks otherwise, because the Markdown goes
    /// into the coordinator's Russian quarterly report whatever the terminal's locale.
    static func reportLanguage(_ global: GlobalOptions) -> Language {
        global.lang ?? .ru
    }

    /// `--since`/`--until`: a date (`2026-10-01`, local midnight in `zone`), a local date and
    /// time, or an ISO 8601 instant.
    static func instant(_ text: String, option: String, zone: TimeZone) throws -> Date {
        if let date = LocalDate(iso: text) { return QuarterPeriod.midnight(date, in: zone) }
        if let instant = ISOInstant.parse(text) ?? ISOInstant.parseLocal(text, in: zone) { return instant }
        throw CommandFailure(Localized(
            ru: "\(option): «\(text)» — не дата (ГГГГ-ММ-ДД) и не время ISO 8601",
            en: "\(option): '\(text)' is not a date (YYYY-MM-DD) or an ISO 8601 time"),
            exitCode: CommandFailure.usage)
    }

    /// The quarter typed ("2026Q4"), or the one `now` falls in. A quarter that has not begun is
    /// refused rather than reported as empty (the TUI's `]` stops at the current one too).
    static func quarter(_ text: String?, database: DutyDeskDatabase, now: Date) throws -> QuarterPeriod {
        let current = try database.reader.read { try QuarterFigures.currentQuarter($0, now: now) }
        guard let text else { return current }
        guard let quarter = QuarterPeriod(parsing: text) else {
            throw CommandFailure(Localized(ru: "«\(text)» — не квартал; пример: 2026Q4",
                                           en: "'\(text)' is not a quarter; for example 2026Q4"),
                                 exitCode: CommandFailure.usage)
        }
        guard quarter <= current else {
            throw CommandFailure(Localized(
                ru: "Квартал \(quarter) ещё не начался: текущий квартал — \(current).",
                en: "Quarter \(quarter) has not begun: the current quarter is \(current)."),
                exitCode: CommandFailure.usage)
        }
        return quarter
    }
}
