import DutyDeskCore
@testable import DutyDeskTUI
import Foundation
import Testing

/// A refusal from the replies feature does not outstay its welcome: it fades like any notice,
/// and goes as soon as the next reply form opens or one closes.
@Suite struct RepliesNoticeTests {
    static let refusal = Localized(ru: "Нет прав отвечать на странице raduga-vk", en: "Not allowed to reply on page raduga-vk")

    @Test func theRefusalFadesLikeOtherNotices() {
        var state = RepliesScene.state()
        _ = Update.apply(.replies(.openRefused(itemID: 5, Self.refusal)), to: &state)
        #expect(state.notice?.text == Self.refusal)
        _ = Update.apply(.tick(InboxScene.now, uptime: DataUpdate.noticeSeconds), to: &state)
        #expect(state.notice == nil)
    }

    @Test func theNextReplyFormDoesNotShowTheOldRefusal() {
        var state = RepliesScene.state()
        _ = Update.apply(.replies(.openRefused(itemID: 5, Self.refusal)), to: &state)
        state.replies.opening = 1
        _ = Update.apply(.replies(.opened(RepliesScene.item(.message), draft: nil)), to: &state)
        #expect(state.replies.picker != nil)
        #expect(state.notice == nil)
        #expect(!ScreenView.render(state).plainText.contains("raduga-vk"))
    }

    @Test func closingTheComposerTakesItsErrorAwayButNotAnotherFeaturesNotice() throws {
        // Empty text: closing shows no "draft kept" notice of its own.
        var state = RepliesScene.composer(.message, text: "")
        _ = Update.apply(.replies(.sendFailed(itemID: 99, Self.refusal)), to: &state)
        #expect(state.notice?.text == Self.refusal)
        try RepliesScene.press("Escape", &state)
        #expect(state.notice == nil)

        var other = RepliesScene.composer(.message, text: "")
        let foreign = Notice(Localized(ru: "Чужое", en: "Other"), role: .error, at: other.uptime)
        other.notice = foreign
        try RepliesScene.press("Escape", &other)
        #expect(other.notice == foreign)
    }
}
