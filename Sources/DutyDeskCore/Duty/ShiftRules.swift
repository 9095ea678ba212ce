import Foundation

/// The checks every written shift passes, from any editor: the CLI, the panel, the rotation.
public enum ShiftRules {
    /// Nobody is on one duty for more than a day; a longer shift is a typo in a date.
    public static let longestShift: TimeInterval = 24 * 3600

    /// - Parameters:
    ///   - onTeam: whether the person is an administrator or the coordinator of the shift's page.
    ///   - absences: the person's absences.
    ///   - otherShifts: the person's shifts on every page; this shift itself (same id) is skipped.
    public static func check(
        _ shift: Shift, timeline: OpenTimeline, onTeam: Bool, absences: [Absence], otherShifts: [Shift]
    ) throws(ShiftProblem) {
        guard shift.end > shift.start else { throw .endsBeforeItStarts }
        guard shift.duration <= longestShift else { throw .tooLong(hours: Int(longestShift / 3600)) }
        guard onTeam else { throw .notOnTeam(username: shift.username, page: shift.pageID) }
        guard shift.openTime(on: timeline) > 0 else {
            throw .noOpenTime(page: shift.pageID, span: DutyTimeText.span(shift, on: timeline))
        }
        for date in shift.localDates(on: timeline) {
            if let absence = absences.first(where: { $0.covers(date) }) {
                throw .absent(username: shift.username, date: date, reason: absence.reason)
            }
        }
        if let clash = otherShifts
            .filter({ $0.username == shift.username && ($0.id == nil || $0.id != shift.id) })
            .sorted(by: { $0.start < $1.start })
            .first(where: { $0.overlaps(shift) }) {
            throw .overlaps(username: shift.username, page: clash.pageID, span: DutyTimeText.span(clash, on: timeline))
        }
    }
}
