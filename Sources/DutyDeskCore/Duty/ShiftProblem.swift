import Foundation

/// Why a shift cannot be written as asked; the CLI reports these as bad data (exit 65).
/// Times are already rendered in the department's zone, because the reader thinks in them.
public enum ShiftProblem: OperatorFacingError, Equatable {
    case endsBeforeItStarts
    case tooLong(hours: Int)
    /// The shift lies wholly in closed time: duty is organised for open hours (6.1).
    case noOpenTime(page: String, span: Localized)
    case notOnTeam(username: String, page: String)
    case unknownPerson(username: String)
    case absent(username: String, date: LocalDate, reason: AbsenceReason)
    /// The person already has a shift (on this or another page) at that time.
    case overlaps(username: String, page: String, span: Localized)
    case unknownShift(id: Int64)
    case sameShift(id: Int64)
    case emptyPeriod(from: LocalDate, to: LocalDate)
    case periodTooLong(days: Int)
    /// A rotation may not start before `earliest` (tomorrow): shifts that have started stay.
    case periodStartsTooEarly(from: LocalDate, earliest: LocalDate)

    public var message: Localized { message(names: [:]) }

    /// The message with people named as colleagues know them: "Белова Ирина (belova)";
    /// `names` maps usernames to full names (a username without one stays as it is).
    public func message(names: [String: String]) -> Localized {
        func who(_ username: String) -> String { StaffLabel.text(username: username, name: names[username]) }
        switch self {
        case .endsBeforeItStarts:
            return Localized(ru: "Смена должна заканчиваться позже, чем начинается.",
                             en: "A shift must end after it starts.")
        case .tooLong(let hours):
            return Localized(ru: "Смена длиннее \(hours) ч — проверьте даты.",
                             en: "A shift longer than \(hours) h — check the dates.")
        case .noOpenTime(let page, let span):
            return Localized(
                ru: "Смена \(span.ru) целиком приходится на нерабочее время отдела страницы \(page); дежурства составляются на время работы отдела (п. 6.1).",
                en: "The shift \(span.en) lies wholly outside the open hours of page \(page)'s department; duty covers open hours (6.1).")
        case .notOnTeam(let username, let page):
            return Localized(ru: "\(who(username)) не администратор и не координатор страницы \(page).",
                             en: "\(who(username)) is neither an administrator nor the coordinator of page \(page).")
        case .unknownPerson(let username):
            return Localized(ru: "Сотрудник \(username) не найден среди действующих сотрудников.",
                             en: "\(username) is not an active staff member.")
        case .absent(let username, let date, let reason):
            let text = DutyTimeText.date(date), why = DutyTimeText.absenceReason(reason)
            return Localized(ru: "\(who(username)) отсутствует \(text.ru) (\(why.ru)).",
                             en: "\(who(username)) is away on \(text.en) (\(why.en)).")
        case .overlaps(let username, let page, let span):
            return Localized(ru: "\(who(username)) уже дежурит в это время: \(page), \(span.ru).",
                             en: "\(who(username)) already has a shift then: \(page), \(span.en).")
        case .unknownShift(let id):
            return Localized(ru: "Смены № \(id) нет.", en: "There is no shift #\(id).")
        case .sameShift(let id):
            return Localized(ru: "Смену № \(id) нельзя поменять саму с собой.", en: "Shift #\(id) cannot be swapped with itself.")
        case .emptyPeriod(let from, let to):
            return Localized(ru: "Период \(from)…\(to) пуст: начало позже конца.",
                             en: "The period \(from)…\(to) is empty: it starts after it ends.")
        case .periodTooLong(let days):
            return Localized(ru: "Период длиннее \(days) дней; составьте график по частям.",
                             en: "The period is longer than \(days) days; make the rotation in parts.")
        case .periodStartsTooEarly(let from, let earliest):
            let fromText = DutyTimeText.date(from), earliestText = DutyTimeText.date(earliest)
            return Localized(
                ru: "Ротацию нельзя начать с \(fromText.ru): смены, которые уже начались или прошли, не переписываются. Самое раннее — с \(earliestText.ru).",
                en: "A rotation cannot start on \(fromText.en): shifts that have started or passed are not rewritten. The earliest start is \(earliestText.en).")
        }
    }
}
