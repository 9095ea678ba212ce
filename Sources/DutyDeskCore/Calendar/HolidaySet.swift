/// Which official list of non-working days a department follows.
public enum HolidaySet: String, Sendable, Codable, CaseIterable {
    /// The Russian Federation's non-working and shortened days (`RussianProductionCalendar`).
    case ru
    /// No official holidays: only the department's own closed dates apply.
    case none

    func isHoliday(_ date: LocalDate) -> Bool {
        switch self {
        case .ru: RussianProductionCalendar.nonWorkingDays.contains(date)
        case .none: false
        }
    }

    func isShortened(_ date: LocalDate) -> Bool {
        switch self {
        case .ru: RussianProductionCalendar.shortenedDays.contains(date)
        case .none: false
        }
    }
}
