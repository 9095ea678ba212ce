import Foundation

/// How duty times read in messages and notices: "10.11.2026 (вт) 10:00–15:30", in the
/// department's own zone, the way the staff's calendar on the wall shows them.
public enum DutyTimeText {
    public static func weekdayShort(_ weekday: Weekday) -> Localized {
        switch weekday {
        case .mon: Localized(ru: "пн", en: "Mon")
        case .tue: Localized(ru: "вт", en: "Tue")
        case .wed: Localized(ru: "ср", en: "Wed")
        case .thu: Localized(ru: "чт", en: "Thu")
        case .fri: Localized(ru: "пт", en: "Fri")
        case .sat: Localized(ru: "сб", en: "Sat")
        case .sun: Localized(ru: "вс", en: "Sun")
        }
    }

    /// Why a day has no open hours, as the schedule says it.
    public static func closedReason(_ reason: WorkingCalendar.DayReason) -> Localized {
        switch reason {
        case .weeklyClosed: Localized(ru: "выходной", en: "day off")
        case .closedDate: Localized(ru: "закрыт по распоряжению", en: "closed date")
        case .holiday: Localized(ru: "праздник", en: "public holiday")
        case .sanitaryDay: Localized(ru: "санитарный день", en: "sanitary day")
        case .weekly, .special, .shortened: Localized(ru: "нет часов работы", en: "no opening hours")
        }
    }

    /// "10.11.2026" in Russian, "2026-11-10" in English.
    public static func date(_ date: LocalDate) -> Localized {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return Localized(ru: "\(day).\(month).\(date.year)", en: date.iso)
    }

    /// "10.11.2026 (вт)" / "2026-11-10 (Tue)".
    public static func dateWithWeekday(_ date: LocalDate) -> Localized {
        let plain = self.date(date)
        let weekday = weekdayShort(date.weekday)
        return Localized(ru: "\(plain.ru) (\(weekday.ru))", en: "\(plain.en) (\(weekday.en))")
    }

    /// "10.11.2026 (вт) 10:00–15:30", or with both dates when the span crosses midnight.
    public static func span(_ start: Date, _ end: Date, on timeline: OpenTimeline) -> Localized {
        let firstDate = timeline.localDate(of: start)
        let startTime = timeline.localTime(of: start)
        // An end at midnight reads as 24:00 of the same day, as opening hours are written.
        let lastInstant = end.addingTimeInterval(-1)
        let lastDate = timeline.localDate(of: lastInstant)
        let endTime = timeline.localDate(of: end) != lastDate ? TimeOfDay.endOfDay : timeline.localTime(of: end)
        let first = dateWithWeekday(firstDate)
        if lastDate == firstDate || end <= start {
            return Localized(ru: "\(first.ru) \(startTime)–\(endTime)", en: "\(first.en) \(startTime)–\(endTime)")
        }
        let last = dateWithWeekday(lastDate)
        return Localized(ru: "\(first.ru) \(startTime) – \(last.ru) \(endTime)",
                         en: "\(first.en) \(startTime) – \(last.en) \(endTime)")
    }

    public static func span(_ shift: Shift, on timeline: OpenTimeline) -> Localized {
        span(shift.start, shift.end, on: timeline)
    }

    /// "10:00–15:30": a span within one day, without the date.
    public static func times(_ start: Date, _ end: Date, on timeline: OpenTimeline) -> String {
        let endTime = timeline.localDate(of: end) != timeline.localDate(of: start) && timeline.localTime(of: end).minutes == 0
            ? TimeOfDay.endOfDay : timeline.localTime(of: end)
        return "\(timeline.localTime(of: start))–\(endTime)"
    }

    public static func hours(_ seconds: TimeInterval) -> Localized {
        let minutes = Int((seconds / 60).rounded())
        let h = minutes / 60, m = minutes % 60
        if m == 0 { return Localized(ru: "\(h) ч", en: "\(h) h") }
        return Localized(ru: "\(h) ч \(m) мин", en: "\(h) h \(m) min")
    }

    public static func absenceReason(_ reason: AbsenceReason) -> Localized {
        switch reason {
        case .vacation: Localized(ru: "отпуск", en: "vacation")
        case .sickLeave: Localized(ru: "больничный", en: "sick leave")
        case .other: Localized(ru: "отсутствие", en: "absence")
        }
    }
}
