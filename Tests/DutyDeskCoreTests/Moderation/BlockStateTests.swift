import Foundation
import Testing
@testable import DutyDeskCore

/// A block is in force over the half-open span [from, until): tested to the second.
struct BlockStateTests {
    let from = Date(timeIntervalSince1970: 1_000_000)
    let until = Date(timeIntervalSince1970: 1_086_400)

    func state(at seconds: TimeInterval, lifted: Date? = nil, until: Date?? = nil) -> BlockState {
        BlockState(from: from, until: until ?? self.until, liftedAt: lifted, at: Date(timeIntervalSince1970: seconds))
    }

    @Test func inForceFromItsStartToTheSecondBeforeItsEnd() {
        #expect(state(at: 999_999) == .scheduled)
        #expect(state(at: 1_000_000) == .active(remaining: 86_400))
        #expect(state(at: 1_086_399) == .active(remaining: 1))
    }

    @Test func endsExactlyAtItsEndByItself() {
        #expect(state(at: 1_086_400) == .expired(at: until))
        #expect(!state(at: 1_086_400).isActive)
        #expect(state(at: 9_999_999) == .expired(at: until))
    }

    @Test func aPermanentBlockNeverEnds() {
        #expect(state(at: 4_000_000_000, until: .some(nil)) == .active(remaining: nil))
    }

    @Test func anUnblockEndsItAtThatSecond() {
        let lifted = Date(timeIntervalSince1970: 1_050_000)
        #expect(state(at: 1_049_999, lifted: lifted) == .active(remaining: 36_401))
        #expect(state(at: 1_050_000, lifted: lifted) == .lifted(at: lifted))
        #expect(state(at: 2_000_000, lifted: lifted) == .lifted(at: lifted))
    }

    @Test func anUnblockAfterTheEndChangesNothing() {
        let late = Date(timeIntervalSince1970: 1_090_000)
        #expect(state(at: 1_100_000, lifted: late) == .expired(at: until))
    }

    @Test func secondsFormAgreesWithDates() {
        #expect(BlockState(fromSeconds: 100, untilSeconds: 200, liftedSeconds: nil, atSeconds: 199) == .active(remaining: 1))
        #expect(BlockState(fromSeconds: 100, untilSeconds: 200, liftedSeconds: nil, atSeconds: 200).code == "expired")
        #expect(BlockState(fromSeconds: 100, untilSeconds: nil, liftedSeconds: 150, atSeconds: 150).code == "lifted")
        #expect(BlockState(fromSeconds: 100, untilSeconds: nil, liftedSeconds: nil, atSeconds: 99).code == "scheduled")
    }
}
