import Foundation
import Testing
@testable import DutyDeskCore

/// The countdown: remaining open time, overdue time, open-now and next-opening answers.
struct CountdownTests {
    let timeline = CalendarFixtures.timeline(CalendarFixtures.l1)

    func at(_ text: String) -> Date { CalendarFixtures.local(text, in: timeline) }

    @Test func remainingTimeIsOpenTimeOnly() {
        let deadline = at("2026-11-10 15:00")
        #expect(timeline.remainingOpenTime(until: deadline, at: at("2026-11-09 15:00")) == 10 * 3600)
        // Overnight the countdown stands still at five hours.
        #expect(timeline.remainingOpenTime(until: deadline, at: at("2026-11-09 20:00")) == 5 * 3600)
        #expect(timeline.remainingOpenTime(until: deadline, at: at("2026-11-10 09:59")) == 5 * 3600)
        #expect(timeline.remainingOpenTime(until: deadline, at: at("2026-11-10 14:00")) == 3600)
    }

    @Test func overdueIsNegativeOpenTime() {
        let deadline = at("2026-11-10 19:00")
        #expect(timeline.remainingOpenTime(until: deadline, at: at("2026-11-11 11:00")) == -2 * 3600)
    }

    @Test func openNowAndNextOpening() {
        #expect(timeline.isOpen(at: at("2026-11-09 10:00")))
        #expect(!timeline.isOpen(at: at("2026-11-09 20:00")))
        #expect(timeline.nextOpening(after: at("2026-11-26 20:30")) == at("2026-11-28 11:00"))
        #expect(timeline.openPeriod(containing: at("2026-11-28 12:00"))?.end == at("2026-11-28 18:00"))
    }
}
