import DutyDeskCore
import Yams

/// Reads the working-calendar keys of a department: `timezone`, `holidays`, `hours`,
/// `sanitary_day`, `closed`, `special`, with the file's defaults for the ones left out.
enum CalendarFields {
    static func read(_ fields: MappingFields, defaultTimeZone: String, log: ReadingLog) -> WorkingCalendar {
        // An unknown zone name is judged by `Organisation.validate()`, which also sees zones set
        // in the TUI; here only the shape of the value matters.
        let timeZone = fields.optional("timezone").flatMap { log.text($0, path: fields.path("timezone")) }
            ?? defaultTimeZone
        let holidays = fields.optional("holidays").flatMap {
            log.code($0, path: fields.path("holidays"), parse: { HolidaySet(rawValue: $0.lowercased()) },
                     otherwise: OrganisationFileText.notAHolidaySet)
        } ?? .ru
        let sanitaryDay = fields.optional("sanitary_day").flatMap {
            log.code($0, path: fields.path("sanitary_day"), parse: SanitaryDayRule.init(code:),
                     otherwise: OrganisationFileText.notASanitaryDay)
        } ?? SanitaryDayRule.none
        let hours = fields.optional("hours").map { readHours($0, path: fields.path("hours"), log: log) } ?? [:]
        let closed = fields.optional("closed").map { readDates($0, path: fields.path("closed"), log: log) } ?? []
        let special = fields.optional("special").map { readSpecial($0, path: fields.path("special"), log: log) } ?? [:]
        return WorkingCalendar(timeZoneIdentifier: timeZone, weeklyHours: hours, sanitaryDay: sanitaryDay,
                               closedDates: closed, specialDays: special, holidays: holidays)
    }

    /// `mon: ["10:00-20:00"]` …; a day left out is closed, and so is a day with an empty list.
    private static func readHours(_ node: Node, path: String, log: ReadingLog) -> [Weekday: [OpenInterval]] {
        guard case .mapping(let mapping) = node else {
            log.report(OrganisationFileText.expected(.mapping, found: node.kind), path: path, at: node)
            return [:]
        }
        var hours: [Weekday: [OpenInterval]] = [:]
        for (key, value) in mapping {
            guard let code = log.text(key, path: path) else { continue }
            let dayPath = FilePath.key(path, code)
            guard let weekday = Weekday(code: code) else {
                log.report(OrganisationFileText.notAWeekday(code), path: dayPath, at: key)
                continue
            }
            // `tue` and `tuesday` are the same day: YAML cannot see that, so it is checked here.
            guard hours[weekday] == nil else {
                log.report(OrganisationFileText.weekdayTwice(weekday), path: dayPath, at: key)
                continue
            }
            // Validation reports overlaps under the short code, so that is where the line is kept.
            log.remember(FilePath.key(path, weekday.rawValue), at: key)
            hours[weekday] = value.isNull ? [] : log.intervals(value, path: dayPath)
        }
        return hours
    }

    private static func readDates(_ node: Node, path: String, log: ReadingLog) -> Set<LocalDate> {
        guard let items = log.items(node, path: path, singleAllowed: true) else { return [] }
        return Set(items.compactMap { log.date($0, path: path) })
    }

    /// `2026-11-03: ["10:00-19:00"]` overrides that date's hours; `2026-12-30: []` closes it.
    private static func readSpecial(_ node: Node, path: String, log: ReadingLog) -> [LocalDate: [OpenInterval]] {
        guard case .mapping(let mapping) = node else {
            log.report(OrganisationFileText.expected(.mapping, found: node.kind), path: path, at: node)
            return [:]
        }
        var special: [LocalDate: [OpenInterval]] = [:]
        for (key, value) in mapping {
            guard let text = log.text(key, path: path) else { continue }
            let datePath = FilePath.key(path, text)
            guard let date = LocalDate(iso: text) else {
                log.report(OrganisationFileText.notADate(text), path: datePath, at: key)
                continue
            }
            log.remember(FilePath.key(path, date.iso), at: key)
            guard !value.isNull else {
                log.report(OrganisationFileText.specialNeedsList(text), path: datePath, at: key)
                continue
            }
            special[date] = log.intervals(value, path: datePath)
        }
        return special
    }
}
