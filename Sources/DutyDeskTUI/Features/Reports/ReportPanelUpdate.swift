import DutyDeskCore

/// The reports panel: when to count, and moving about the figures.
///
/// A count can take seconds on a big database, so it runs in the background, one at a time,
/// and the figures already on screen stay there meanwhile. Changes to the database are counted
/// again only while the panel is shown, and no more often than every `recountSeconds`.
enum ReportPanelUpdate {
    /// The shortest gap between two counts started by database changes.
    static let recountSeconds: Int64 = 10
    /// With a running clock the figures age by themselves ("overdue now", "as of"): counted
    /// again this often while shown, even when nothing was written.
    static let refreshSeconds: Int64 = 300

    static func entered(_ state: inout AppState) -> [Effect] {
        guard !state.reports.counting else { return [] }
        return startCount(&state)
    }

    static func databaseChanged(_ state: inout AppState) -> [Effect] {
        state.reports.stale = true
        return recountIfDue(&state)
    }

    static func tick(_ state: inout AppState) -> [Effect] {
        recountIfDue(&state)
    }

    /// Counts again when the panel is shown, nothing is counting, and either the database changed
    /// and the last count started long enough ago, or the clock runs and the figures have aged.
    static func recountIfDue(_ state: inout AppState) -> [Effect] {
        let reports = state.reports
        guard state.panel == .reports, !reports.counting, reports.refusal == nil else { return [] }
        let since = reports.lastCountStartedAt.map { state.uptime - $0 } ?? Int64.max
        let aged = !state.session.clockIsFixed && since >= refreshSeconds
        guard (reports.stale && since >= recountSeconds) || aged else { return [] }
        return startCount(&state)
    }

    /// Asks for the figures of the chosen quarter, for the pages the operator may see (5.12:
    /// the coordinator of a page, or the curator). Refused: the panel says why.
    static func startCount(_ state: inout AppState) -> [Effect] {
        let pages: Set<String>?
        do {
            pages = try ReportAccess.reportPages(requested: [], by: state.session.staff)
        } catch {
            state.reports.refusal = refusal(error)
            return []
        }
        state.reports.refusal = nil
        state.reports.counting = true
        state.reports.countingQuarter = state.reports.quarter
        state.reports.stale = false
        state.reports.lastCountStartedAt = state.uptime
        return [.reports(.countQuarter(state.reports.quarter, pages: pages))]
    }

    /// Core's refusal for the whole-organisation report says only the curator may; in the panel
    /// a coordinator may too (their pages), so the panel says who may instead.
    static func refusal(_ error: AccessDenied) -> Localized {
        guard error.pageID == nil, case .roleTooLow(let user, nil) = error.reason else { return error.message }
        return Localized(
            ru: "Квартальная статистика недоступна: пользователь \(user) не куратор и не координатор ни одной страницы.",
            en: "The quarterly statistics are not available: \(user) is neither the curator nor a page's coordinator.")
    }

    static func counted(_ requested: QuarterPeriod?, _ report: QuarterReport, _ state: inout AppState) -> [Effect] {
        state.reports.counting = false
        if requested == nil { state.reports.currentQuarter = report.quarter }
        // A count for a quarter the operator has moved away from is not shown.
        if requested == state.reports.quarter {
            state.reports.report = report
            state.reports.failure = nil
            if let page = state.reports.page, !report.pages.contains(where: { $0.pageID == page }) {
                state.reports.page = nil
            }
            clampScroll(&state)
        }
        return followUp(requested, &state)
    }

    static func failed(_ requested: QuarterPeriod?, _ message: Localized, _ state: inout AppState) -> [Effect] {
        state.reports.counting = false
        if requested == state.reports.quarter { state.reports.failure = message }
        return followUp(requested, &state)
    }

    /// After a count: the quarter asked for meanwhile, or the changes that came in meanwhile.
    static func followUp(_ requested: QuarterPeriod?, _ state: inout AppState) -> [Effect] {
        guard state.panel == .reports else { return [] }
        if requested != state.reports.quarter { return startCount(&state) }
        return recountIfDue(&state)
    }

    /// `[` and `]`: the quarter before or after the one shown, never past the current one.
    static func moveQuarter(by delta: Int, _ state: inout AppState) -> [Effect] {
        guard let shown = state.reports.quarter ?? state.reports.currentQuarter else { return [] }
        let target = delta < 0 ? shown.previous : shown.next
        if let current = state.reports.currentQuarter, target > current {
            state.notice = Notice(Localized(ru: "Это текущий квартал: следующего ещё нет.",
                                            en: "This is the current quarter: the next one has not begun."),
                                  role: .muted, at: state.uptime)
            return []
        }
        state.reports.quarter = target == state.reports.currentQuarter ? nil : target
        state.reports.scroll = 0
        guard !state.reports.counting else { return [] }
        return startCount(&state)
    }

    /// `p`: every page, then each page of the report in turn.
    static func cyclePage(_ state: inout AppState) {
        guard let report = state.reports.report else { return }
        let choices: [String?] = [nil] + report.pages.map(\.pageID)
        let index = choices.firstIndex(of: state.reports.page) ?? 0
        state.reports.page = choices[(index + 1) % choices.count]
        state.reports.scroll = 0
    }

    static func scroll(_ command: ReportsUICommand, _ state: inout AppState) {
        let rows = max(state.layout.listRows, 1)
        switch command {
        case .scrollUp: state.reports.scroll -= 1
        case .scrollDown: state.reports.scroll += 1
        case .scrollPageUp: state.reports.scroll -= rows
        case .scrollPageDown: state.reports.scroll += rows
        case .scrollTop: state.reports.scroll = 0
        case .scrollBottom: state.reports.scroll = Int.max / 2
        default: break
        }
        clampScroll(&state)
    }

    static func clampScroll(_ state: inout AppState) {
        let total = ReportPanelLines.build(state).count
        state.reports.scroll = max(0, min(state.reports.scroll, max(total - state.layout.listRows, 0)))
    }
}
