import DutyDeskCore
import Foundation

/// What the panel shows: one page's week, or every page of a department side by side.
public enum DutyScope: Hashable, Sendable {
    case page(String)
    case department(String)
}

/// One load of the schedule panel: the week of each page in scope and what they are drawn and
/// edited with.
public struct DutyPanelData: Sendable {
    public var scope: DutyScope
    /// One week per page shown (one for a page, each page of a department), same Monday.
    public var weeks: [DutyWeek]
    /// The department's calendar (all the pages shown share it), for local times and for
    /// reading times typed in forms.
    public var timeline: OpenTimeline
    public var pageNames: [String: String]
    /// What `p` cycles through: each page, and each department of several pages after its pages.
    public var scopes: [DutyScope]
    /// Each shown page's administrators and coordinator, alphabetically (who may take its shifts).
    public var teams: [String: [String]]
    /// Full names by username.
    public var names: [String: String]
    /// The teams' shifts on pages not shown, around the week: the reassign list says who is busy.
    public var elsewhere: [Shift]

    public init(scope: DutyScope, weeks: [DutyWeek], timeline: OpenTimeline, pageNames: [String: String],
                scopes: [DutyScope], teams: [String: [String]], names: [String: String], elsewhere: [Shift] = []) {
        self.scope = scope
        self.weeks = weeks
        self.timeline = timeline
        self.pageNames = pageNames
        self.scopes = scopes
        self.teams = teams
        self.names = names
        self.elsewhere = elsewhere
    }

    /// One page's data, as most tests build it.
    public init(week: DutyWeek, timeline: OpenTimeline, pageName: String, pageIDs: [String], team: [String],
                names: [String: String], elsewhere: [Shift] = []) {
        self.init(scope: .page(week.pageID), weeks: [week], timeline: timeline, pageNames: [week.pageID: pageName],
                  scopes: pageIDs.map(DutyScope.page), teams: [week.pageID: team], names: names, elsewhere: elsewhere)
    }

    /// The first page's week: its Monday is every week's Monday.
    public var week: DutyWeek { weeks[0] }

    public var pageIDs: [String] { weeks.map(\.pageID) }

    public var isDepartment: Bool {
        if case .department = scope { return true }
        return false
    }

    public func team(of pageID: String) -> [String] { teams[pageID] ?? [] }

    /// Every shift shown, wherever it is: the person's shift that overlaps `shift`, on another
    /// page, if any (they cannot take it).
    public func conflict(for username: String, with shift: Shift) -> Shift? {
        let shown = weeks.flatMap { $0.days.flatMap(\.shifts).map(\.shift) }
        return (elsewhere + shown).first { $0.username == username && $0.id != shift.id && $0.overlaps(shift) }
    }

    /// "Белова И.", the way the header names people; the username if the name is unknown.
    public func shortName(_ username: String) -> String {
        HeaderView.short(names[username] ?? username)
    }

    public func fullName(_ username: String) -> String {
        TerminalSafeText.line(names[username] ?? username)
    }

    /// Shifts of the week in screen order (day, start, page), each once: a shift across
    /// midnight shows on two days, and the cursor stops on the first.
    public var shiftsInOrder: [Shift] {
        var seen = Set<Int64>()
        var result: [Shift] = []
        for day in 0..<7 {
            let shifts = weeks.enumerated().flatMap { index, week in
                week.days.indices.contains(day) ? week.days[day].shifts.map { (index, $0.shift) } : []
            }.sorted { ($0.1.start, $0.0, $0.1.username) < ($1.1.start, $1.0, $1.1.username) }
            for (_, shift) in shifts {
                guard let id = shift.id, seen.insert(id).inserted else { continue }
                result.append(shift)
            }
        }
        return result
    }
}
