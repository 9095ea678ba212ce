import DutyDeskCore
@testable import DutyDeskTUI
import Foundation
import Testing

@Suite struct CountdownTests {
    /// The table must agree with Core's exact rule, second for second.
    @Test func openTimeTableAgreesWithTheTimeline() {
        let timelines = [InboxScene.library, InboxScene.kids,
                         try! OpenTimeline(calendar: WorkingCalendar(weeklyHours: [
                             .tue: [try! OpenInterval(text: "11:00-14:00"), try! OpenInterval(text: "15:00-19:00")],
                             .sat: [try! OpenInterval(text: "11:00-18:00")]]))]
        var generator = SystemRandomNumberGenerator()
        for timeline in timelines {
            let clock = DepartmentClock(timeline: timeline, around: InboxScene.now)
            for _ in 0..<300 {
                let now = InboxScene.now.addingTimeInterval(Double.random(in: -20 * 86_400...20 * 86_400, using: &generator)).rounded
                let deadline = InboxScene.now.addingTimeInterval(Double.random(in: -20 * 86_400...20 * 86_400, using: &generator)).rounded
                let exact = Int64(timeline.remainingOpenTime(until: deadline, at: now).rounded())
                #expect(clock.remaining(until: Int64(deadline.timeIntervalSince1970), at: Int64(now.timeIntervalSince1970)) == exact)
                #expect(clock.isOpen(at: Int64(now.timeIntervalSince1970)) == timeline.isOpen(at: now))
                #expect(clock.nextOpening(after: Int64(now.timeIntervalSince1970))
                    == timeline.nextOpening(after: now).map { Int64($0.timeIntervalSince1970) })
            }
        }
    }

    @Test func outsideTheTableTheExactRuleAnswers() {
        let clock = DepartmentClock(timeline: InboxScene.library, around: InboxScene.now)
        let longAgo = InboxScene.now.addingTimeInterval(-200 * 86_400)
        let exact = Int64(InboxScene.library.remainingOpenTime(until: longAgo, at: InboxScene.now).rounded())
        #expect(clock.remaining(until: Int64(longAgo.timeIntervalSince1970), at: Int64(InboxScene.now.timeIntervalSince1970)) == exact)
    }

    @Test func theTableReachesBackToTheOldestOpenDeadline() {
        let old = InboxScene.now.addingTimeInterval(-120 * 86_400)
        let clock = DepartmentClock(timeline: InboxScene.library, around: InboxScene.now, earliest: old)
        #expect(clock.table.covers(Int64(old.timeIntervalSince1970)))
    }

    @Test func dueWithinAnHourCountsOpenTimeNotWallTime() {
        let clock = DepartmentClock(timeline: InboxScene.kids, around: InboxScene.now)
        // Monday 15:00, kids closed since 14:00: an hour of open time ends Tuesday 11:00.
        #expect(clock.horizon(openSeconds: 3600, from: InboxScene.at(9, 15, 0)) == InboxScene.at(10, 11, 0))
    }

    @Test func wordsInBothLanguages() {
        let clock = LocalClock(timeZone: InboxScene.moscow)
        let now = InboxScene.at(9, 15, 0)
        func words(_ countdown: Countdown, _ language: Language) -> [String] {
            CountdownText.variants(countdown, clock: clock, now: now, language: language)
        }
        #expect(words(.running(remaining: 3 * 3600 + 12 * 60), .ru).first == "3 ч 12 мин")
        #expect(words(.running(remaining: 42 * 60 + 5), .en).first == "42 min 05 s")
        #expect(words(.overdue(by: 2 * 3600), .ru).first == "просрочено 2 ч")
        #expect(words(.paused(remaining: 5400, opensAt: InboxScene.at(10, 10, 0)), .ru).first == "⏸ 1 ч 30 мин до вт 10:00")
        #expect(words(.paused(remaining: 600, opensAt: InboxScene.at(9, 18, 0)), .en).first == "⏸ 10 min until 18:00")
        #expect(words(.noDeadline, .ru) == ["без срока"])
    }
}

extension Date {
    var rounded: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded()) }
}
