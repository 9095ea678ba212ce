import DutyDeskCore
import DutyDeskStore
import Foundation

/// The header's duty text: who is on duty now and who comes next, naming the day of "next"
/// when it is not today, and each page when several are shown. Open time with nobody on duty
/// is a warning and comes first, so a narrow screen still shows it; the wordings go from the
/// fullest to the shortest and the first that fits the room is used.
enum HeaderDutyLine {
    static func text(_ state: AppState, width: Int) -> (text: String, role: StyleRole) {
        let words = Phrases(state)
        let statuses = scopedStatuses(state)
        let variants: [String]
        let warning: Bool
        if case .page = state.list.filter.page {
            guard let status = statuses.first else { return (words.nobody, .header) }
            warning = status.isUncovered
            variants = [words.onePage(status, withNext: true), words.onePage(status, withNext: false)]
        } else {
            warning = statuses.contains(where: \.isUncovered)
            variants = words.severalPages(statuses)
        }
        let role: StyleRole = warning ? .warning : .header
        let fitting = variants.first { TerminalCells.width(of: $0) <= width } ?? variants.last ?? words.nobody
        return (TextFitting.truncate(fitting, to: width), role)
    }

    /// The statuses of the pages the inbox filter shows, in page order.
    static func scopedStatuses(_ state: AppState) -> [DutyStatus] {
        let scope: Set<String>?
        switch state.list.filter.page {
        case .all: scope = nil
        case .mine: scope = state.session.myPages
        case .page(let id): scope = [id]
        }
        return scope.map { pages in state.onDuty.filter { pages.contains($0.pageID) } } ?? state.onDuty
    }

    /// The phrases, in the operator's language and clock.
    struct Phrases {
        let state: AppState
        init(_ state: AppState) { self.state = state }

        var language: Language { state.language }
        func say(_ ru: String, _ en: String) -> String { Localized(ru: ru, en: en).text(language) }
        var nobody: String { say("Сейчас никто не дежурит", "Nobody on duty now") }

        func name(_ username: String) -> String { HeaderView.short(state.roster.name(username)) }

        /// "16:00" today, "вт 10:00" on another day.
        func when(_ date: Date) -> String {
            state.session.localClock.whenText(Int64(date.timeIntervalSince1970), from: state.nowSeconds, language: language)
        }

        func isToday(_ date: Date) -> Bool {
            state.session.localClock.isSameDay(Int64(date.timeIntervalSince1970), as: state.nowSeconds)
        }

        /// "далее Морозов А. с 16:00" today; "далее Демидова К. вт 10:00" on another day.
        func next(_ shift: Shift) -> String {
            isToday(shift.start)
                ? say("далее \(name(shift.username)) с \(when(shift.start))", "next \(name(shift.username)) from \(when(shift.start))")
                : say("далее \(name(shift.username)) \(when(shift.start))", "next \(name(shift.username)) \(when(shift.start))")
        }

        /// "Белова И. до 16:00, Морозов А. до 20:00", in the order their shifts end.
        func current(_ status: DutyStatus) -> String {
            var seen = Set<String>()
            return status.onDuty.sorted { ($0.end, name($0.username)) < ($1.end, name($1.username)) }
                .filter { seen.insert($0.username).inserted }
                .map { say("\(name($0.username)) до \(when($0.end))", "\(name($0.username)) until \(when($0.end))") }
                .joined(separator: ", ")
        }

        func gap(_ gap: CoverageGap) -> String {
            say("дежурного нет до \(when(gap.end))", "nobody on duty until \(when(gap.end))")
        }

        /// One page: "Дежурит: Белова И. до 16:00, далее Морозов А. с 16:00".
        func onePage(_ status: DutyStatus, withNext: Bool) -> String {
            let next = withNext ? status.next.map(next) : nil
            if let gap = status.currentGap {
                return "⚠ " + say("Отдел открыт, ", "Open, ") + self.gap(gap) + (next.map { "; " + $0 } ?? "")
            }
            if status.onDuty.isEmpty { return nobody + (next.map { "; " + $0 } ?? "") }
            let label = Set(status.onDuty.map(\.username)).count == 1 ? say("Дежурит: ", "On duty: ") : say("Дежурят: ", "On duty: ")
            return label + current(status) + (next.map { ", " + $0 } ?? "")
        }

        /// Several pages, one part each: "⚠ lib-vk — дежурного нет до 16:00, далее … · lib-tg — Белова И. до 20:00".
        /// Fullest first; then without idle pages, dropping "next" page by page from the latest
        /// change; then warnings and who is on now only.
        func severalPages(_ statuses: [DutyStatus]) -> [String] {
            let uncovered = statuses.filter(\.isUncovered)
            // The page whose duty changes soonest first: its "next" matters most.
            let covered = statuses.filter { !$0.isUncovered && !$0.onDuty.isEmpty }
                .sorted { ($0.onDuty.map(\.end).min()!, $0.pageID) < ($1.onDuty.map(\.end).min()!, $1.pageID) }
            let idle = statuses.filter { !$0.isUncovered && $0.onDuty.isEmpty && $0.next != nil }
            func part(_ status: DutyStatus, withNext: Bool, compact: Bool = false) -> String {
                let now: String
                if let gap = status.currentGap { now = "⚠ \(status.pageID) — " + self.gap(gap) }
                else if status.onDuty.isEmpty { now = "\(status.pageID) —" }
                else { now = "\(status.pageID) — " + current(status) }
                guard withNext, let next = status.next else { return now }
                if compact {
                    // "→ Морозов А." when the next takes over as the current one leaves.
                    let handover = status.onDuty.contains { $0.end == next.start } || status.currentGap?.end == next.start
                    return now + " → " + name(next.username) + (handover ? "" : " " + when(next.start))
                }
                return now + (status.onDuty.isEmpty && status.currentGap == nil ? " " : ", ") + self.next(next)
            }
            func line(_ parts: [String], label: Bool = true) -> String {
                guard !parts.isEmpty else { return nobody }
                let joined = parts.joined(separator: " · ")
                return uncovered.isEmpty && label ? say("Дежурство: ", "On duty: ") + joined : joined
            }
            // Pages keep their "next" for as long as it fits (in words, then as an arrow), the
            // soonest change longest.
            let keepingNext = (0...covered.count).reversed().flatMap { kept in
                [false, true].map { compact in
                    line(uncovered.map { part($0, withNext: true, compact: compact) }
                         + covered.enumerated().map { part($0.element, withNext: $0.offset < kept, compact: compact) },
                         label: !compact)
                }
            }
            return [line((uncovered + covered + idle).map { part($0, withNext: true) })] + keepingNext
                + [line((uncovered + covered).map { part($0, withNext: false) })]
        }
    }
}
