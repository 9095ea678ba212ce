import DutyDeskCore

/// Durations and times in words: "3 ч 12 мин", "42 мин 05 с", "до пн 10:00".
public enum DurationText {
    /// Hours and minutes; under an hour, minutes and seconds, so an urgent countdown visibly ticks.
    public static func words(_ seconds: Int64, withSeconds: Bool = true) -> Localized {
        let total = abs(seconds)
        let hours = total / 3600
        let minutes = (total % 3600) / 60
        let rest = total % 60
        if hours == 0 && withSeconds {
            let padded = rest < 10 ? "0\(rest)" : "\(rest)"
            return Localized(ru: "\(minutes) мин \(padded) с", en: "\(minutes) min \(padded) s")
        }
        switch (hours, minutes) {
        case (0, let m): return Localized(ru: "\(m) мин", en: "\(m) min")
        case (let h, 0): return Localized(ru: "\(h) ч", en: "\(h) h")
        case (let h, let m): return Localized(ru: "\(h) ч \(m) мин", en: "\(h) h \(m) min")
        }
    }

    /// Hours only when there are many, for narrow columns: "26 ч".
    public static func compact(_ seconds: Int64) -> Localized {
        let total = abs(seconds)
        if total >= 3600 {
            let hours = total / 3600
            return Localized(ru: "\(hours) ч", en: "\(hours) h")
        }
        return Localized(ru: "\(total / 60) мин", en: "\(total / 60) min")
    }
}

/// The countdown column's text, longest variant first; the view takes the first that fits.
public enum CountdownText {
    public static func variants(_ countdown: Countdown, clock: LocalClock, now: Int64, language: Language) -> [String] {
        func t(_ text: Localized) -> String { text.text(language) }
        switch countdown {
        case .running(let left):
            return [t(DurationText.words(left)), t(DurationText.words(left, withSeconds: false)),
                    t(DurationText.compact(left))]
        case .paused(let left, let opensAt):
            let until = opensAt.map { clock.untilText($0, from: now, language: language) }
            let span = DurationText.words(left, withSeconds: false)
            var result: [String] = []
            if let until {
                result.append("⏸ " + t(span) + " " + until)
                result.append("⏸ " + t(DurationText.compact(left)) + " " + until)
                result.append("⏸ " + until)
            }
            result.append("⏸ " + t(span))
            return result
        case .overdue(let by):
            guard by >= 60 else { return [t(Localized(ru: "просрочено", en: "overdue"))] }
            let span = DurationText.words(by, withSeconds: false)
            let compact = DurationText.compact(by)
            return [t(Localized(ru: "просрочено \(span.ru)", en: "overdue \(span.en)")),
                    t(Localized(ru: "просроч. \(compact.ru)", en: "late \(compact.en)")),
                    t(Localized(ru: "−\(compact.ru)", en: "−\(compact.en)"))]
        case .noDeadline:
            return [t(Localized(ru: "без срока", en: "no deadline"))]
        case .answered:
            return [t(Localized(ru: "отвечено", en: "answered"))]
        case .closed:
            return [t(Localized(ru: "закрыто", en: "closed"))]
        }
    }
}
