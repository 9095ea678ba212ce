import DutyDeskCore
import Foundation

/// Times as the operator reads them, in the operator's time zone (TZ): "пн 09.11 15:00:00".
/// Formats by hand from calendar components: a DateFormatter per frame would cost more than
/// the rest of the frame.
public struct LocalClock: Sendable {
    public let timeZone: TimeZone
    private let calendar: Calendar

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    static let weekdays = (ru: ["вс", "пн", "вт", "ср", "чт", "пт", "сб"],
                           en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"])

    private struct Parts {
        let year, month, day, hour, minute, second, weekday: Int
    }

    private func parts(_ seconds: Int64) -> Parts {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday],
                                        from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return Parts(year: c.year!, month: c.month!, day: c.day!, hour: c.hour!, minute: c.minute!,
                     second: c.second!, weekday: c.weekday!)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private func weekday(_ p: Parts, _ language: Language) -> String {
        language == .ru ? Self.weekdays.ru[p.weekday - 1] : Self.weekdays.en[p.weekday - 1]
    }

    /// "пн 09.11 15:00:00": the header clock.
    public func clockText(_ seconds: Int64, language: Language) -> String {
        let p = parts(seconds)
        return "\(weekday(p, language)) \(Self.two(p.day)).\(Self.two(p.month)) "
            + "\(Self.two(p.hour)):\(Self.two(p.minute)):\(Self.two(p.second))"
    }

    /// "15:00".
    public func timeText(_ seconds: Int64) -> String {
        let p = parts(seconds)
        return "\(Self.two(p.hour)):\(Self.two(p.minute))"
    }

    /// "пн 09.11 15:00": a message's time in a thread.
    public func dateTimeText(_ seconds: Int64, language: Language) -> String {
        let p = parts(seconds)
        return "\(weekday(p, language)) \(Self.two(p.day)).\(Self.two(p.month)).\(p.year) "
            + "\(Self.two(p.hour)):\(Self.two(p.minute))"
    }

    /// "до 10:00" today, "до пн 10:00" within a week, "до 12.11 10:00" beyond.
    public func untilText(_ seconds: Int64, from now: Int64, language: Language) -> String {
        let until = language == .ru ? "до" : "until"
        return "\(until) \(whenText(seconds, from: now, language: language))"
    }

    /// Whether `seconds` falls on the same local day as `now`.
    public func isSameDay(_ seconds: Int64, as now: Int64) -> Bool {
        let target = parts(seconds), today = parts(now)
        return (target.year, target.month, target.day) == (today.year, today.month, today.day)
    }

    /// "10:00" today, "пн 10:00" within a week, "12.11 10:00" beyond: a time that names its
    /// day only when the day is not today.
    public func whenText(_ seconds: Int64, from now: Int64, language: Language) -> String {
        let target = parts(seconds)
        let time = "\(Self.two(target.hour)):\(Self.two(target.minute))"
        if isSameDay(seconds, as: now) { return time }
        if seconds - now < 6 * 86_400 {
            return "\(weekday(target, language)) \(time)"
        }
        return "\(Self.two(target.day)).\(Self.two(target.month)) \(time)"
    }
}
