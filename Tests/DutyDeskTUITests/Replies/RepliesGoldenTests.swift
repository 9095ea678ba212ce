import DutyDeskCore
@testable import DutyDeskTUI
import Testing

/// The picker and the composer as whole screens, compared as text with Golden/*.txt.
@Suite struct RepliesGoldenTests {
    @Test func pickerNarrowedToRenewalsAt100x30() throws {
        var state = RepliesScene.picker(.message)
        _ = RepliesScene.type("продл", &state)
        try Golden.check(ScreenView.render(state).plainText, "replies-picker-100x30-ru")
    }

    @Test func composerWithAFieldSelectedAt100x30() throws {
        var state = RepliesScene.picker(.message)
        _ = RepliesScene.type("продление выполнено", &state)
        try RepliesScene.press("Enter", &state)
        try Golden.check(ScreenView.render(state).plainText, "replies-composer-100x30-ru")
    }

    @Test func composerAskingToConfirmWarningsAt80x24InEnglish() throws {
        var state = RepliesScene.composer(.message, text: "Привет!!! Продлили до {{ask:Дата}}")
        state.size = ScreenSize(width: 80, height: 24)
        state = AppState(size: state.size, session: InboxScene.session(.en), now: InboxScene.now)
        state.replies.templates = RepliesScene.templates
        state.replies.composer = ComposerState(item: RepliesScene.item(.message),
                                               text: ComposerText("Привет!!! Продлили до {{ask:Дата}}"), templateIDs: [])
        try RepliesScene.press("F2", &state)
        try Golden.check(ScreenView.render(state).plainText, "replies-confirm-80x24-en")
    }
}
