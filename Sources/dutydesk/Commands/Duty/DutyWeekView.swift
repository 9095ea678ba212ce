import DutyDeskCore
import DutyDeskStore
import Foundation

/// One page's week as `duty show` prints it, in text and in JSON.
struct DutyWeekView {
    let week: DutyWeek
    let presenter: DutyPresenter
    /// Why the operator may not edit this page's schedule; nil when they may.
    let refusal: ScheduleEditDenied?

    var language: Language { presenter.language }
    var timeline: OpenTimeline? { presenter.timeline(week.pageID) }

    func say(_ ru: String, _ en: String) -> String { Localized(ru: ru, en: en).text(language) }

    var text: String {
        guard let timeline else { return week.pageID }
        let pageName = presenter.calendars[week.pageID]?.pageName ?? week.pageID
        let first = DutyTimeText.date(week.monday).text(language)
        let last = DutyTimeText.date(week.monday.adding(days: 6)).text(language)
        var lines = ["\(week.pageID) — \(pageName) · " + say("неделя", "week") + " \(first)–\(last) (\(timeline.timeZone.identifier))"]
        lines.append(statusLine(timeline))
        for day in week.days {
            lines += dayLines(day, timeline)
        }
        if let refusal {
            lines.append(say("Только просмотр: ", "Read-only: ") + refusal.message.text(language))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func statusLine(_ timeline: OpenTimeline) -> String {
        let status = week.status
        var parts: [String] = []
        if status.onDuty.isEmpty {
            parts.append(status.isUncovered
                         ? say("⚠ Отдел открыт, дежурного нет", "⚠ The department is open with nobody on duty")
                           + (status.currentGap.map { say(" до ", " until ") + "\(timeline.localTime(of: $0.end))" } ?? "")
                         : say("Сейчас дежурных нет", "Nobody is on duty now")
                           + (status.isOpen ? "" : say(" (отдел закрыт)", " (the department is closed)")))
        } else {
            let who = status.onDuty.map { "\(presenter.name($0.username))" + say(" до ", " until ") + "\(timeline.localTime(of: $0.end))" }
            parts.append(say("Сейчас дежурит: ", "On duty now: ") + who.joined(separator: ", "))
        }
        if let next = status.next {
            parts.append(say("далее: ", "next: ") + presenter.name(next.username) + " "
                         + DutyTimeText.span(next, on: timeline).text(language))
        }
        return parts.joined(separator: " · ")
    }

    private func dayLines(_ day: DutyWeek.Day, _ timeline: OpenTimeline) -> [String] {
        let marker = day.isToday ? "▶ " : "  "
        let label = DutyTimeText.weekdayShort(day.date.weekday).text(language) + " "
            + DutyTimeText.date(day.date).text(language)
        let hours = day.isOpen
            ? day.openPeriods.map { DutyTimeText.times($0.start, $0.end, on: timeline) }.joined(separator: ", ")
            : say("закрыто", "closed") + " (\(DutyTimeText.closedReason(day.reason).text(language)))"
        var lines = ["\(marker)\(label)  \(hours)"]
        for item in day.shifts {
            var line = "      #\(item.shift.id ?? 0) \(DutyTimeText.times(item.shift.start, item.shift.end, on: timeline))  "
                + presenter.name(item.shift.username)
            if item.personAbsent { line += say("  ⚠ отсутствует — нужна замена", "  ⚠ away — needs a replacement") }
            if item.isNow { line += say("  ← сейчас", "  ← now") }
            lines.append(line)
        }
        for gap in day.gaps {
            lines.append("      ⚠ " + say("нет дежурного ", "nobody on duty ") + DutyTimeText.times(gap.start, gap.end, on: timeline))
        }
        if !day.absent.isEmpty {
            let who = day.absent.map { "\(presenter.name($0.username)) (\(DutyTimeText.absenceReason($0.reason).text(language)))" }
            lines.append("      " + say("отсутствуют: ", "away: ") + who.joined(separator: ", "))
        }
        return lines
    }

    var json: [String: Any] {
        let status = week.status
        let zone = timeline?.timeZone ?? TimeZone(identifier: "UTC")!
        return [
            "page": week.pageID,
            "page_name": presenter.calendars[week.pageID]?.pageName ?? week.pageID,
            "time_zone": zone.identifier,
            "week_start": week.monday.iso,
            "now": ISOInstant.utc(week.now),
            "on_duty": status.onDuty.map(presenter.json),
            "next": status.next.map(presenter.json) ?? NSNull(),
            "open_now": status.isOpen,
            "uncovered_now": status.isUncovered,
            "editable": refusal == nil,
            "read_only_reason": refusal.map { $0.message.text(language) as Any } ?? NSNull(),
            "days": week.days.map { day -> [String: Any] in
                [
                    "date": day.date.iso,
                    "weekday": day.date.weekday.rawValue,
                    "today": day.isToday,
                    "day_kind": day.reason.rawValue,
                    "open": day.openPeriods.map { ["starts_at": ISOInstant.utc($0.start), "ends_at": ISOInstant.utc($0.end),
                                                   "starts_local": ISOInstant.local($0.start, in: zone),
                                                   "ends_local": ISOInstant.local($0.end, in: zone)] },
                    "shifts": day.shifts.map { item -> [String: Any] in
                        var object = presenter.json(item.shift)
                        object["now"] = item.isNow
                        object["person_absent"] = item.personAbsent
                        return object
                    },
                    "gaps": day.gaps.map(presenter.json),
                    "absent": day.absent.map { ["username": $0.username, "reason": $0.reason.rawValue] },
                ]
            },
        ]
    }
}
