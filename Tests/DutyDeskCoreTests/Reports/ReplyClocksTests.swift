import Testing
@testable import DutyDeskCore

/// Requests are reply clocks: started by an incoming message when none is running, stopped by
/// the first reply after it (spec 6.2, rule 6).
struct ReplyClocksTests {
    static func incoming(_ id: Int64, _ at: Int64) -> ClockMessage { ClockMessage(id: id, direction: .incoming, sentAt: at) }
    static func outgoing(_ id: Int64, _ at: Int64, by author: String? = nil) -> ClockMessage {
        ClockMessage(id: id, direction: .outgoing, sentAt: at, origin: author == nil ? .outsideDutyDesk : .template, author: author)
    }

    @Test func aReplyAnswersEveryEarlierMessageAndTheNextMessageStartsANewClock() {
        let clocks = ReplyClocks.split([
            Self.incoming(1, 100), Self.incoming(2, 150), Self.outgoing(3, 200, by: "ivanova"),
            Self.incoming(4, 300), Self.outgoing(5, 400),
        ])
        #expect(clocks.count == 2)
        #expect(clocks[0].arrival == 100)
        #expect(clocks[0].incomingCount == 2)
        #expect(clocks[0].reply?.id == 3)
        #expect(clocks[0].reply?.author == "ivanova")
        #expect(clocks[1].arrival == 300)
        #expect(clocks[1].reply?.id == 5)
    }

    @Test func followUpRepliesStartNothing() {
        let clocks = ReplyClocks.split([
            Self.outgoing(1, 50), Self.incoming(2, 100), Self.outgoing(3, 200), Self.outgoing(4, 210),
        ])
        #expect(clocks.map(\.arrival) == [100])
        #expect(clocks.first?.reply?.id == 3)
    }

    @Test func aReplyInTheSameSecondAnswersTheMessage() {
        // As ItemClock has it: an incoming message no later than the reply is answered by it,
        // whichever was stored first.
        let clocks = ReplyClocks.split([Self.outgoing(1, 100), Self.incoming(2, 100)])
        #expect(clocks.count == 1)
        #expect(clocks.first?.reply?.id == 1)
    }

    @Test func theLastClockMayBeUnanswered() {
        let clocks = ReplyClocks.split([Self.incoming(1, 100), Self.outgoing(2, 200), Self.incoming(3, 300)])
        #expect(clocks.count == 2)
        #expect(clocks[1].arrival == 300)
        #expect(clocks[1].reply == nil)
    }

    @Test func orderOfInputDoesNotMatter() {
        let messages = [Self.incoming(1, 100), Self.incoming(2, 150), Self.outgoing(3, 200), Self.incoming(4, 300)]
        #expect(ReplyClocks.split(messages.reversed()) == ReplyClocks.split(messages))
        #expect(ReplyClocks.split([]) == [])
    }
}
