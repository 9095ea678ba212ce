import Foundation

/// Proposes duty shifts for one page over a period: round-robin, fair, around absences and
/// other duties, covering every open hour when someone is available. Pure and deterministic:
/// the same request always gives the same proposal, so a preview is exactly what applying writes.
///
/// The guarantees, each checked by property tests over random calendars and teams:
/// - **No overlaps**: nobody gets a shift overlapping another of theirs (kept, on another page,
///   or proposed).
/// - **Absences**: nobody gets a shift on a local date they are absent.
/// - **Coverage**: every open instant of the period is covered by a kept or proposed shift,
///   unless at that instant every team member is absent (that date) or on another shift.
/// - **Fairness** ("open hours per person differ by at most one shift"), defined for shifts of
///   unequal length as: among the *fully available* members — not absent on any date of the
///   period and with no kept or other-page shift overlapping it — the open time on duty of any
///   two differs by at most the open time of the longest proposed shift. Open time, not clock
///   time: a whole-day shift across a lunch break counts its open hours only.
///   Why it holds: a slot goes to the free member furthest below their share (`RotationLedger`);
///   fully available members are free for every slot and all have the same share, so whenever
///   one of them gets a slot they have the least load among them, and the gap can never exceed
///   one slot.
/// - **Round-robin**: with equal slots and everyone free, turns go in team order.
public enum RotationGenerator {
    public static func propose(_ request: RotationRequest) -> RotationProposal {
        let timeline = request.timeline
        let window = request.window
        var ledger = RotationLedger(team: request.team)
        let otherDuties = busyTimes(request)
        var busy = otherDuties
        for shift in request.kept where request.team.contains(shift.username) {
            if let inside = IntervalArithmetic.intersection(shift.interval, window) {
                ledger.count(timeline.openTime(from: inside.start, to: inside.end), for: shift.username)
            }
        }
        // Kept shifts of absent people do not cover: the rotation fills in for them.
        let keptCoverage = CoverageGaps.coverage(of: request.kept.filter { $0.pageID == request.pageID },
                                                 timeline: timeline, absences: request.absences)
        var proposed: [Shift] = []
        for date in request.dates {
            let present = request.team.filter { !request.isAbsent($0, on: date) }
            let periods = timeline.periods(on: date)
            for slot in request.pattern.slots(on: date, timeline: timeline) {
                let pieces = IntervalArithmetic.subtract(keptCoverage, from: slot)
                    .compactMap { RotationPattern.trimmed($0, to: periods) }
                for piece in pieces {
                    for (username, interval) in assign(piece, present: present, busy: busy, ledger: &ledger,
                                                       timeline: timeline, periods: periods) {
                        proposed.append(Shift(pageID: request.pageID, username: username, interval: interval,
                                              origin: .rotation))
                        busy[username, default: []].append(interval)
                    }
                }
            }
        }
        let uncovered = CoverageGaps.find(pageID: request.pageID, timeline: timeline, from: window.start,
                                          to: window.end, shifts: request.kept + proposed,
                                          absences: request.absences)
        let fullyAvailable = request.team.filter { username in
            !request.dates.contains { request.isAbsent(username, on: $0) }
                && !(otherDuties[username] ?? []).contains { IntervalArithmetic.intersection($0, window) != nil }
        }
        var openTime: [String: TimeInterval] = [:]
        for username in request.team { openTime[username] = ledger.load[username] ?? 0 }
        let longest = proposed.map { $0.openTime(on: timeline) }.max() ?? 0
        return RotationProposal(shifts: proposed, uncovered: uncovered, openTime: openTime,
                                fullyAvailable: fullyAvailable, longestShiftOpenTime: longest)
    }

    /// Kept and other-page shifts per person: times they cannot take.
    private static func busyTimes(_ request: RotationRequest) -> [String: [DateInterval]] {
        var busy: [String: [DateInterval]] = [:]
        for shift in request.kept + request.busy {
            busy[shift.username, default: []].append(shift.interval)
        }
        return busy
    }

    private static func isFree(_ username: String, during interval: DateInterval, busy: [String: [DateInterval]]) -> Bool {
        !(busy[username] ?? []).contains { $0.start < interval.end && interval.start < $0.end }
    }

    /// Gives a slot to one free member if anyone is free for all of it; otherwise covers what it
    /// can in pieces (`cover`).
    private static func assign(
        _ slot: DateInterval, present: [String], busy: [String: [DateInterval]], ledger: inout RotationLedger,
        timeline: OpenTimeline, periods: [DateInterval]
    ) -> [(String, DateInterval)] {
        let openTime = timeline.openTime(from: slot.start, to: slot.end)
        let free = present.filter { isFree($0, during: slot, busy: busy) }
        if let chosen = ledger.next(among: free) {
            ledger.offer(openTime, to: free)
            ledger.give(openTime, to: chosen)
            return [(chosen, slot)]
        }
        return cover(slot, present: present, busy: busy, ledger: &ledger, timeline: timeline, periods: periods)
    }

    /// Nobody is free for the whole slot: walk through it and, at each uncovered open instant,
    /// take the free member who can stay longest (the classic greedy cover, which leaves no open
    /// instant uncovered while anyone present is free then).
    private static func cover(
        _ slot: DateInterval, present: [String], busy: [String: [DateInterval]], ledger: inout RotationLedger,
        timeline: OpenTimeline, periods: [DateInterval]
    ) -> [(String, DateInterval)] {
        let open = periods.compactMap { IntervalArithmetic.intersection($0, slot) }
        var result: [(String, DateInterval)] = []
        var cursor = slot.start
        while cursor < slot.end {
            guard let period = open.first(where: { $0.end > cursor }) else { break }
            cursor = max(cursor, period.start)
            let options: [(String, Date)] = present.compactMap { username in
                let blocks = busy[username] ?? []
                if blocks.contains(where: { $0.start <= cursor && cursor < $0.end }) { return nil }
                let nextBlock = blocks.map(\.start).filter { $0 > cursor }.min() ?? slot.end
                return (username, min(nextBlock, slot.end))
            }
            guard let best = options.min(by: { a, b in
                a.1 != b.1 ? a.1 > b.1 : ledger.comesBefore(a.0, b.0)
            }) else {
                // Everyone present is busy now: skip to when the first of them is free again.
                let freeAgain = present.flatMap { busy[$0] ?? [] }
                    .filter { $0.start <= cursor && cursor < $0.end }.map(\.end).min() ?? slot.end
                cursor = min(freeAgain, slot.end)
                continue
            }
            guard let piece = RotationPattern.trimmed(DateInterval(start: cursor, end: best.1), to: open) else {
                cursor = best.1
                continue
            }
            ledger.give(timeline.openTime(from: piece.start, to: piece.end), to: best.0)
            result.append((best.0, piece))
            cursor = best.1
        }
        return result
    }
}
