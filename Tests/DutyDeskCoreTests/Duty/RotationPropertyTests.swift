import Foundation
import Testing
@testable import DutyDeskCore

/// The rotation's guarantees over many random calendars, teams, absences and other duties.
/// Each case is a seed: a failure names it, and `RandomRotationCase(seed:)` replays it.
struct RotationPropertyTests {
    static let seeds: [UInt64] = Array(1...300)

    @Test(arguments: seeds)
    func nobodyIsOnTwoOverlappingShifts(seed: UInt64) {
        let request = RandomRotationCase(seed: seed).request
        let proposal = RotationGenerator.propose(request)
        for shift in proposal.shifts {
            let others = proposal.shifts.filter { $0 != shift } + request.kept + request.busy
            let clash = others.first { $0.username == shift.username && $0.overlaps(shift) }
            #expect(clash == nil, "seed \(seed): \(shift) overlaps \(String(describing: clash))")
        }
    }

    @Test(arguments: seeds)
    func nobodyIsScheduledDuringAnAbsence(seed: UInt64) {
        let request = RandomRotationCase(seed: seed).request
        for shift in RotationGenerator.propose(request).shifts {
            for date in shift.localDates(on: request.timeline) {
                #expect(!request.isAbsent(shift.username, on: date), "seed \(seed): \(shift.username) away on \(date)")
            }
        }
    }

    /// Sampled every quarter hour (every boundary is on that grid): an open instant nobody covers
    /// is one at which every member is away that date or on another duty.
    @Test(arguments: seeds)
    func everyOpenHourIsCoveredWhenSomeoneIsAvailable(seed: UInt64) {
        let request = RandomRotationCase(seed: seed).request
        let timeline = request.timeline
        let proposal = RotationGenerator.propose(request)
        let onPage = (request.kept + proposal.shifts).filter { $0.pageID == request.pageID }
        let duties = request.kept + request.busy + proposal.shifts
        var uncoveredSamples = 0
        for date in request.dates {
            for period in timeline.periods(on: date) {
                var instant = period.start.addingTimeInterval(RandomRotationCase.quarter / 2)
                while instant < period.end {
                    let day = timeline.localDate(of: instant)
                    let covered = onPage.contains { $0.contains(instant) && !request.isAbsent($0.username, on: day) }
                    if !covered {
                        uncoveredSamples += 1
                        let someoneFree = request.team.first { username in
                            !request.isAbsent(username, on: day)
                                && !duties.contains { $0.username == username && $0.contains(instant) }
                        }
                        #expect(someoneFree == nil, "seed \(seed): \(instant) uncovered though \(someoneFree!) is free")
                        #expect(proposal.uncovered.contains { $0.contains(instant) }, "seed \(seed): gap not reported")
                    }
                    instant = instant.addingTimeInterval(RandomRotationCase.quarter)
                }
            }
        }
        if uncoveredSamples == 0 { #expect(proposal.uncovered.isEmpty, "seed \(seed)") }
    }

    /// The fairness bound, exactly as `RotationGenerator` defines it: among members not absent on
    /// any date of the period and with no other duty in it, open time on duty differs by at most
    /// the open time of the longest proposed shift.
    @Test(arguments: seeds)
    func openHoursOfFullyAvailableMembersDifferByAtMostTheLongestShift(seed: UInt64) {
        let request = RandomRotationCase(seed: seed).request
        let timeline = request.timeline
        let proposal = RotationGenerator.propose(request)
        let window = request.window
        let fullyAvailable = request.team.filter { username in
            !request.dates.contains { request.isAbsent(username, on: $0) }
                && !(request.kept + request.busy).contains { $0.username == username && $0.overlaps(window) }
        }
        #expect(proposal.fullyAvailable == fullyAvailable, "seed \(seed)")
        let hours = fullyAvailable.map { username in
            proposal.shifts.filter { $0.username == username }.reduce(0) { $0 + $1.openTime(on: timeline) }
        }
        let longest = proposal.shifts.map { $0.openTime(on: timeline) }.max() ?? 0
        if let most = hours.max(), let least = hours.min() {
            #expect(most - least <= longest, "seed \(seed): \(hours) with longest shift \(longest)")
        }
        #expect(proposal.isFair, "seed \(seed)")
    }

    @Test(arguments: seeds.prefix(60))
    func proposedShiftsStayInThePeriodAndAroundKeptShifts(seed: UInt64) {
        let request = RandomRotationCase(seed: seed).request
        let proposal = RotationGenerator.propose(request)
        for shift in proposal.shifts {
            #expect(shift.start >= request.window.start && shift.end <= request.window.end, "seed \(seed)")
            #expect(shift.origin == .rotation && shift.id == nil && shift.pageID == request.pageID)
            #expect(shift.openTime(on: request.timeline) > 0, "seed \(seed): \(shift) has no open time")
            let keptOverlap = request.kept.first { kept in
                kept.overlaps(shift) && !kept.localDates(on: request.timeline).contains { request.isAbsent(kept.username, on: $0) }
            }
            #expect(keptOverlap == nil, "seed \(seed): \(shift) overlaps kept \(String(describing: keptOverlap))")
        }
    }

    @Test(arguments: seeds.prefix(40))
    func theSameRequestGivesTheSameProposal(seed: UInt64) {
        let request = RandomRotationCase(seed: seed).request
        #expect(RotationGenerator.propose(request) == RotationGenerator.propose(request))
    }
}
