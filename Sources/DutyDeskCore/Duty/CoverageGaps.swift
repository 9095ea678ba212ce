import Foundation

/// Finds coverage gaps: the department's open periods minus the time its shifts cover.
///
/// A shift does not cover the dates its person is absent: an administrator on vacation is not on
/// duty, whatever the schedule still says, and the panel must warn about that hour.
/// Gaps never span closed time: a lunch break splits a gap in two, because nobody needs to be on
/// duty while the department is closed.
public enum CoverageGaps {
    public static func find(
        pageID: String, timeline: OpenTimeline, from: Date, to: Date,
        shifts: [Shift], absences: [String: [Absence]] = [:]
    ) -> [CoverageGap] {
        guard to > from else { return [] }
        let window = DateInterval(start: from, end: to)
        let covered = coverage(of: shifts.filter { $0.pageID == pageID }, timeline: timeline, absences: absences)
        var gaps: [CoverageGap] = []
        var date = timeline.localDate(of: from)
        let last = timeline.localDate(of: to)
        while date <= last {
            for period in timeline.periods(on: date) {
                guard let open = IntervalArithmetic.intersection(period, window) else { continue }
                for gap in IntervalArithmetic.subtract(covered, from: open) {
                    gaps.append(CoverageGap(pageID: pageID, start: gap.start, end: gap.end))
                }
            }
            date = date.adding(days: 1)
        }
        return gaps
    }

    /// The time the shifts really cover: each shift minus the local dates its person is absent.
    static func coverage(of shifts: [Shift], timeline: OpenTimeline, absences: [String: [Absence]]) -> [DateInterval] {
        var pieces: [DateInterval] = []
        for shift in shifts {
            let away = absences[shift.username] ?? []
            if away.isEmpty {
                pieces.append(shift.interval)
                continue
            }
            for date in shift.localDates(on: timeline) where !away.contains(where: { $0.covers(date) }) {
                let day = DateInterval(start: timeline.instant(date, TimeOfDay(minutes: 0)!),
                                       end: timeline.instant(date, .endOfDay))
                if let piece = IntervalArithmetic.intersection(shift.interval, day) { pieces.append(piece) }
            }
        }
        return IntervalArithmetic.merged(pieces)
    }
}
