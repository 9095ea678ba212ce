import Testing
@testable import DutyDeskCore

/// VK's `groups.ban` reason codes, out and back (formats.md).
struct VKBlockMappingTests {
    @Test(arguments: [(1, BlockReason?.some(.spam)), (2, .insult), (3, .insult), (4, .offtopic), (0, nil), (5, nil), (-1, nil)])
    func vkCodesReadBackIntoTheRegulationsCodes(code: Int, reason: BlockReason?) {
        #expect(BlockReason(vkReasonCode: code) == reason)
    }

    @Test func outgoingCodesFollowTheFormatsTable() {
        #expect(BlockReason.allCases.map { "\($0.rawValue)=\($0.vkReasonCode)" }
                == ["insult=2", "illegal=0", "advertising=1", "offtopic=4", "spam=1"])
    }

    @Test func aRoundTripLosesOnlyWhatVKCannotSay() {
        let back = BlockReason.allCases.map { BlockReason(vkReasonCode: $0.vkReasonCode) }
        #expect(back == [.insult, nil, .spam, .offtopic, .spam])
    }

    @Test func aUserBlockEventReadsIntoABlock() {
        let event = VKUserBlock(adminID: 777, userID: 555001, unblockDate: 1_763_000_000, reasonCode: 4, comment: "не по теме")
        #expect(event.reason == .offtopic)
        #expect(event.untilAt == 1_763_000_000)
        #expect(event.blockedBy == "vk:777")
        #expect(event.commentText == "не по теме")
    }

    @Test func zeroUnblockDateIsPermanentAndAnEmptyCommentIsNone() {
        let event = VKUserBlock(adminID: 777, userID: 555001, unblockDate: 0, reasonCode: 0, comment: "")
        #expect(event.untilAt == nil)
        #expect(event.reason == nil)
        #expect(event.commentText == nil)
    }

    @Test func anUnblockEventNamesTheVKAdministrator() {
        #expect(VKUserUnblock(adminID: 42, userID: 1, byEndDate: false).unblockedBy == "vk:42")
    }
}
