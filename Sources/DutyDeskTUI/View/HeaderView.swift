import DutyDeskCore
import DutyDeskStore
import Foundation

/// The two header lines: panels and the clock; the page filter, who is on duty, the counters.
enum HeaderView {
    /// Row 0: name, panels, counters, clock. Row 1: page filter and who is on duty. When the
    /// counters do not fit on row 0 (narrow screens) they move to the right of row 1.
    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let language = state.language
        let width = canvas.width
        canvas.fill(row: 0, role: .header)
        canvas.fill(row: 1, role: .header)

        let clock = state.session.localClock.clockText(state.nowSeconds, language: language)
        let clockStart = max(width - TerminalCells.width(of: clock) - 1, 0)
        canvas.write(clock, row: 0, column: clockStart, role: .header)

        let name = " dutydesk "
        let fullTabs = Panel.allCases.map { " \($0.rawValue) \($0.title.text(language)) " }
        let compactTabs = Panel.allCases.map { $0 == state.panel ? fullTabs[$0.rawValue - 1] : " \($0.rawValue) " }
        let counterVariants = counterParts(state)
        func cells(_ parts: [String]) -> Int { parts.reduce(0) { $0 + TerminalCells.width(of: $1) } }
        func countersWidth(_ parts: [(String, StyleRole)]) -> Int { cells(parts.map(\.0)) }

        // The widest arrangement that fits row 0.
        var tabs = compactTabs
        var countersOnTop: [(String, StyleRole)]?
        let room = clockStart - 1 - TerminalCells.width(of: name)
        if cells(fullTabs) + 1 + countersWidth(counterVariants[0]) <= room {
            tabs = fullTabs
            countersOnTop = counterVariants[0]
        } else if let fitting = counterVariants.first(where: { cells(compactTabs) + 1 + countersWidth($0) <= room }) {
            countersOnTop = fitting
        } else if cells(fullTabs) <= room {
            tabs = fullTabs
        }

        var x = canvas.write(name, row: 0, column: 0, role: .header)
        for panel in Panel.allCases {
            x = canvas.write(tabs[panel.rawValue - 1], row: 0, column: x, role: panel == state.panel ? .selected : .header,
                             limit: max(clockStart - 1 - x, 0))
        }
        let counters = countersOnTop ?? counterVariants.last!
        let countersRow = countersOnTop == nil ? 1 : 0
        let countersEnd = countersRow == 0 ? clockStart - 2 : width - 1
        var cx = max(countersEnd - countersWidth(counters), 0)
        let dutyLimit = countersRow == 1 ? cx - 1 : width - 1
        for (text, role) in counters { cx = canvas.write(text, row: countersRow, column: cx, role: role) }

        let page = Localized(ru: "Страница: ", en: "Page: ").text(language) + Words.pageScope(state.list.filter.page).text(language)
        let duty = dutyText(state)
        let dx = canvas.write(" " + page + " · ", row: 1, column: 0, role: .header, limit: max(dutyLimit, 0))
        canvas.write(TextFitting.truncate(duty.text, to: max(dutyLimit - dx, 0)), row: 1, column: dx, role: duty.role)
    }

    /// The counters, longest wording first; each count is coloured only when it counts something.
    static func counterParts(_ state: AppState) -> [[(String, StyleRole)]] {
        let c = state.counters
        let language = state.language
        let overdue: (String, StyleRole) = (Localized(ru: "просрочено \(c.overdue)", en: "overdue \(c.overdue)").text(language),
                                            c.overdue > 0 ? .overdue : .header)
        let unread: (String, StyleRole) = (Localized(ru: "не прочитано \(c.unread)", en: "unread \(c.unread)").text(language),
                                           c.unread > 0 ? .unread : .header)
        let soonRole: StyleRole = c.dueSoon > 0 ? .dueSoon : .header
        let soonLong = Localized(ru: "меньше часа \(c.dueSoon)", en: "due within 1 h \(c.dueSoon)").text(language)
        let soonShort = Localized(ru: "< 1 ч \(c.dueSoon)", en: "< 1 h \(c.dueSoon)").text(language)
        let dot: (String, StyleRole) = (" · ", .header)
        // Narrow screens: "● 35", the unread mark of the list, stands for "unread".
        let unreadMark: (String, StyleRole) = ("● \(c.unread)", c.unread > 0 ? .unread : .header)
        return [[overdue, dot, (soonLong, soonRole), dot, unread], [overdue, dot, (soonShort, soonRole), dot, unread],
                [overdue, dot, (soonShort, soonRole), dot, unreadMark]]
    }

    /// "Дежурит: Белова И. до 16:00, далее Морозов А. с 16:00" for one page; for several, who is
    /// on now. A page open with nobody on duty (absences count: an absent person is not on duty)
    /// turns the line into a warning, named first so a narrow screen still shows it.
    static func dutyText(_ state: AppState) -> (text: String, role: StyleRole) {
        let language = state.language
        let clock = state.session.localClock
        func time(_ date: Date) -> String { clock.timeText(Int64(date.timeIntervalSince1970)) }
        func name(_ username: String) -> String { short(state.roster.name(username)) }
        let scope: Set<String>?
        switch state.list.filter.page {
        case .all: scope = nil
        case .mine: scope = state.session.myPages
        case .page(let id): scope = [id]
        }
        let statuses = scope.map { pages in state.onDuty.filter { pages.contains($0.pageID) } } ?? state.onDuty
        var seen = Set<String>()
        var current: [String] = []
        for shift in statuses.flatMap(\.onDuty).sorted(by: { ($0.end, name($0.username)) < ($1.end, name($1.username)) })
        where seen.insert(shift.username).inserted {
            current.append(Localization.until(name(shift.username), time(shift.end), language))
        }
        let label = seen.count == 1 ? Localized(ru: "Дежурит: ", en: "On duty: ") : Localized(ru: "Дежурят: ", en: "On duty: ")
        if case .page = state.list.filter.page, let status = statuses.first {
            let next = status.next.map {
                Localized(ru: "далее \(name($0.username)) с \(time($0.start))",
                          en: "next \(name($0.username)) from \(time($0.start))").text(language)
            }
            if let gap = status.currentGap {
                return (Localized(ru: "⚠ Отдел открыт, дежурного нет до \(time(gap.end))",
                                  en: "⚠ Open with nobody on duty until \(time(gap.end))").text(language)
                        + (next.map { "; " + $0 } ?? ""), .warning)
            }
            if current.isEmpty {
                return (Localized(ru: "Сейчас никто не дежурит", en: "Nobody on duty now").text(language)
                        + (next.map { "; " + $0 } ?? ""), .header)
            }
            return (label.text(language) + (current + (next.map { [$0] } ?? [])).joined(separator: ", "), .header)
        }
        let uncovered = statuses.filter(\.isUncovered).map(\.pageID)
        if !uncovered.isEmpty {
            let warning = Localized(ru: "⚠ Открыто, дежурного нет: ", en: "⚠ Open with nobody on duty: ").text(language)
                + uncovered.joined(separator: ", ")
            return (warning + (current.isEmpty ? "" : " · " + label.text(language) + current.joined(separator: ", ")), .warning)
        }
        guard !current.isEmpty else {
            return (Localized(ru: "Сейчас никто не дежурит", en: "Nobody on duty now").text(language), .header)
        }
        return (label.text(language) + current.joined(separator: ", "), .header)
    }

    /// "Белова Ирина" → "Белова И.": surnames first, as the staff list writes them.
    static func short(_ name: String) -> String {
        let words = TerminalSafeText.line(name).split(separator: " ")
        guard words.count >= 2, let initial = words[1].first else { return words.joined(separator: " ") }
        return "\(words[0]) \(initial)."
    }

    enum Localization {
        static func until(_ name: String, _ time: String, _ language: Language) -> String {
            Localized(ru: "\(name) до \(time)", en: "\(name) until \(time)").text(language)
        }
    }
}
