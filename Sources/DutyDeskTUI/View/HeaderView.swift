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

        let page = Localized(ru: "Страница: ", en: "Page: ").text(language) + pageScope(state).text(language)
        let dx = canvas.write(" " + page + " · ", row: 1, column: 0, role: .header, limit: max(dutyLimit, 0))
        let duty = dutyText(state, width: max(dutyLimit - dx, 0))
        canvas.write(duty.text, row: 1, column: dx, role: duty.role)
    }

    /// The pages the panel shows: the blocks panel has its own page filter (p), the others
    /// follow the inbox's, so the header never contradicts the panel's own title.
    static func pageScope(_ state: AppState) -> Localized {
        if state.panel == .blocks {
            return state.moderation.blocks.pageID.map { Localized(ru: $0, en: $0) } ?? Words.pageScope(.all)
        }
        return Words.pageScope(state.list.filter.page)
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

    /// Who is on duty now and next (`HeaderDutyLine`), fitted to `width` cells.
    static func dutyText(_ state: AppState, width: Int = .max) -> (text: String, role: StyleRole) {
        HeaderDutyLine.text(state, width: width)
    }

    /// "Белова Ирина" → "Белова И.": surnames first, as the staff list writes them.
    static func short(_ name: String) -> String {
        let words = TerminalSafeText.line(name).split(separator: " ")
        guard words.count >= 2, let initial = words[1].first else { return words.joined(separator: " ") }
        return "\(words[0]) \(initial)."
    }
}
