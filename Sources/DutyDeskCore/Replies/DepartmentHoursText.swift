import Foundation

/// A department's hours in the words a reply uses. Times are the department's local time;
/// ranges use an en dash, as Russian typography does.
struct DepartmentHoursText {
    let timeline: OpenTimeline

    /// «10:00–21:00», «11:00–14:00 и 15:00–19:00», or why the department is closed today.
    func today(at now: Date) -> String {
        let day = timeline.calendar.day(timeline.localDate(of: now))
        guard day.isOpen else {
            switch day.reason {
            case .holiday: return "библиотека закрыта (праздничный день)"
            case .sanitaryDay: return "библиотека закрыта (санитарный день)"
            case .weeklyClosed: return "библиотека закрыта (выходной день)"
            default: return "библиотека закрыта"
            }
        }
        let hours = Self.intervals(day.intervals)
        return day.reason == .shortened ? "\(hours) (предпраздничный день, на час короче)" : hours
    }

    /// «сегодня в 15:00», «завтра, 10 ноября, в 11:00», «в четверг, 12 ноября, в 11:00»;
    /// nil when nothing opens within the timeline's horizon.
    func nextOpening(after now: Date) -> String? {
        guard let opening = timeline.nextOpening(after: now) else { return nil }
        let today = timeline.localDate(of: now)
        let date = timeline.localDate(of: opening)
        let time = "в \(timeline.localTime(of: opening))"
        switch today.days(until: date) {
        case 0: return "сегодня \(time)"
        case 1: return "завтра, \(RussianDates.dayAndMonth(date)), \(time)"
        default: return "\(RussianDates.onWeekday(date.weekday)), \(RussianDates.dayAndMonth(date)), \(time)"
        }
    }

    /// «пн–пт 10:00–21:00; сб 10:00–20:00; вс — выходной»: runs of weekdays with the same
    /// hours are merged.
    func week() -> String {
        var runs: [(first: Weekday, last: Weekday, hours: [OpenInterval])] = []
        for weekday in Weekday.allCases {
            let hours = timeline.calendar.weeklyHours[weekday] ?? []
            if let last = runs.last, last.hours == hours {
                runs[runs.count - 1].last = weekday
            } else {
                runs.append((weekday, weekday, hours))
            }
        }
        return runs.map { run in
            let days = run.first == run.last ? RussianDates.short(run.first)
                : "\(RussianDates.short(run.first))–\(RussianDates.short(run.last))"
            return run.hours.isEmpty ? "\(days) — выходной" : "\(days) \(Self.intervals(run.hours))"
        }.joined(separator: "; ")
    }

    /// «последний четверг месяца»; nil when the department keeps no sanitary day.
    func sanitaryDay() -> String? {
        switch timeline.calendar.sanitaryDay {
        case .none: nil
        case .lastWorkingDay: "последний рабочий день месяца"
        case .lastWeekday(let weekday): RussianDates.lastOfMonth(weekday)
        }
    }

    static func intervals(_ intervals: [OpenInterval]) -> String {
        intervals.map { "\($0.start)–\($0.end)" }.joined(separator: " и ")
    }
}
