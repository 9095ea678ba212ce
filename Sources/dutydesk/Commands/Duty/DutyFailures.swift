import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

extension ParsableCommand {
    /// `withContext` with the duty errors given their sysexits codes: a refusal is 77 (no
    /// permission), a shift that breaks a rule or names an unknown page, person or shift is 65
    /// (bad data). Malformed options are 64, raised by the commands themselves.
    func withDutyContext(_ global: GlobalOptions, _ body: (RunContext) throws -> Void) throws {
        try withContext(global) { context in
            do {
                try body(context)
            } catch let denied as ScheduleEditDenied {
                throw CommandFailure(denied.message, exitCode: CommandFailure.noPermission)
            } catch let problem as ShiftProblem {
                // People by name, as colleagues know them; the username in brackets.
                let names = (try? context.openDatabase()).flatMap { try? $0.reader.read { try DutyQuery.names($0) } } ?? [:]
                throw CommandFailure(problem.message(names: names), exitCode: CommandFailure.dataError)
            } catch let unknown as UnknownPage {
                throw CommandFailure(unknown.message, exitCode: CommandFailure.dataError)
            }
        }
    }
}

/// Reading the duty commands' dates and times; a malformed one is a usage error (64).
enum DutyArguments {
    static func date(_ text: String, option: String) throws -> LocalDate {
        guard let date = LocalDate(typed: text) else {
            throw CommandFailure(Localized(ru: "\(option): «\(text)» — не дата ГГГГ-ММ-ДД или ДД.ММ.ГГГГ",
                                           en: "\(option): '\(text)' is not a YYYY-MM-DD or DD.MM.YYYY date"),
                                 exitCode: CommandFailure.usage)
        }
        return date
    }

    /// ISO 8601 with a zone, or a local "YYYY-MM-DDTHH:MM" of the department; a bare "HH:MM"
    /// means that time on `sameDayAs`'s local date.
    static func instant(_ text: String, option: String, zone: TimeZone, sameDayAs: Date? = nil) throws -> Date {
        if let instant = ISOInstant.parse(text) ?? ISOInstant.parseLocal(text, in: zone) { return instant }
        if let sameDayAs, TimeOfDay(text: text) != nil {
            let day = ISOInstant.local(sameDayAs, in: zone).prefix(10)
            if let instant = ISOInstant.parseLocal("\(day)T\(text.count == 4 ? "0" + text : text)", in: zone) {
                return instant
            }
        }
        throw CommandFailure(Localized(
            ru: "\(option): «\(text)» — не дата и время (например 2026-11-10T10:00 по времени отдела или 2026-11-10T07:00:00Z)",
            en: "\(option): '\(text)' is not a date and time (e.g. 2026-11-10T10:00 in the department's time, or 2026-11-10T07:00:00Z)"),
            exitCode: CommandFailure.usage)
    }

    static func pattern(split: String?) throws -> RotationPattern {
        guard let split else { return .wholeDays }
        guard let time = TimeOfDay(text: split), time.minutes > 0, time < .endOfDay else {
            throw CommandFailure(Localized(ru: "--split: «\(split)» — не время ЧЧ:ММ", en: "--split: '\(split)' is not an HH:MM time"),
                                 exitCode: CommandFailure.usage)
        }
        return .split(at: time)
    }

    /// The start of a date in the organisation's default zone, for ranges across pages.
    static func startOfDay(_ date: LocalDate, zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
    }
}
