import Foundation
import Testing
@testable import DutyDeskCore

/// Properties of the 6.2 deadline that must hold for any calendar, checked on random ones.
struct DeadlinePropertyTests {
    static let seeds: [UInt64] = Array(1...40)

    @Test(arguments: seeds)
    func deadlineIsNeverBeforeArrivalAndEndsInsideOpenTime(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let timeline = try OpenTimeline(calendar: RandomCalendars.make(&rng))
        for _ in 0..<25 {
            let arrival = RandomCalendars.instant(&rng)
            guard let deadline = timeline.replyDeadline(forArrival: arrival) else { continue }
            #expect(deadline.dueAt >= arrival, "seed \(seed)")
            #expect(deadline.clockStart >= arrival)
            // The deadline lies inside an open period or exactly at its end.
            let justBefore = deadline.dueAt.addingTimeInterval(-0.5)
            #expect(timeline.isOpen(at: justBefore), "seed \(seed): deadline \(deadline.dueAt) not in open time")
            // The clock ran for exactly the allowance.
            let ran = timeline.openTime(from: deadline.clockStart, to: deadline.dueAt)
            #expect(abs(ran - deadline.allowance) < 0.001, "seed \(seed)")
            #expect(deadline.allowance > 0)
        }
    }

    @Test(arguments: seeds)
    func arrivalsInOneClosedStretchShareADeadline(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let timeline = try OpenTimeline(calendar: RandomCalendars.make(&rng))
        for _ in 0..<20 {
            let arrival = RandomCalendars.instant(&rng)
            guard !timeline.isOpen(at: arrival), let opening = timeline.clockStart(atOrAfter: arrival) else {
                continue
            }
            let later = arrival.addingTimeInterval(opening.timeIntervalSince(arrival) * Double.random(in: 0..<1, using: &rng))
            #expect(timeline.replyDeadline(forArrival: arrival) == timeline.replyDeadline(forArrival: later),
                    "seed \(seed)")
            #expect(timeline.replyDeadline(forArrival: arrival) == timeline.replyDeadline(forArrival: opening))
        }
    }

    @Test(arguments: seeds)
    func remainingTimeFallsOnlyWhileOpen(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let timeline = try OpenTimeline(calendar: RandomCalendars.make(&rng))
        let arrival = RandomCalendars.instant(&rng)
        guard let deadline = timeline.replyDeadline(forArrival: arrival) else { return }
        var now = arrival
        var previous = timeline.remainingOpenTime(until: deadline.dueAt, at: now)
        for _ in 0..<200 {
            let step = Double(Int.random(in: 60...7_200, using: &rng))
            let next = now.addingTimeInterval(step)
            let remaining = timeline.remainingOpenTime(until: deadline.dueAt, at: next)
            let openBetween = timeline.openTime(from: now, to: next)
            // It falls by exactly the open time that passed: not at all while closed.
            #expect(abs((previous - remaining) - openBetween) < 0.001, "seed \(seed)")
            #expect(remaining <= previous)
            now = next
            previous = remaining
        }
    }

    @Test(arguments: seeds)
    func arrivalWhileOpenStartsTheClockAtOnce(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let timeline = try OpenTimeline(calendar: RandomCalendars.make(&rng))
        for _ in 0..<20 {
            let arrival = RandomCalendars.instant(&rng)
            guard timeline.isOpen(at: arrival), let deadline = timeline.replyDeadline(forArrival: arrival) else {
                continue
            }
            #expect(deadline.clockStart == arrival)
            #expect(deadline.allowance == timeline.periods(on: timeline.localDate(of: arrival))
                .reduce(0) { $0 + $1.duration })
        }
    }
}
