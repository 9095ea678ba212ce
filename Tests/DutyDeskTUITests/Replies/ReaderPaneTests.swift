import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Testing

/// What the reader wrote is on screen while the reply is chosen and written.
@Suite struct ReaderPaneTests {
    static func message(_ id: Int64, _ direction: MessageDirection, _ text: String, deleted: Bool = false) -> InboxThreadMessage {
        InboxThreadMessage(id: id, direction: direction, authorName: direction == .incoming ? "Ольга" : "Библиотека",
                           text: text, sentAt: 1_000 + id, deletedAt: deleted ? 2_000 : nil)
    }

    @Test func thePickerAndTheComposerShowTheReadersLatestMessage() throws {
        let picker = ScreenView.render(RepliesScene.picker(.message)).plainText
        #expect(picker.contains("Можно продлить «Войну и мир»"))
        let composer = ScreenView.render(RepliesScene.composer(.message, text: "Здравствуйте!")).plainText
        #expect(composer.contains("Ольга Сидоренко: Здравствуйте! Можно продлить"))
        #expect(composer.contains("успеваю."))
    }

    @Test func theThreadEndsWithTheLatestIncomingAndLeavesDeletedMessagesOut() {
        let messages = [
            Self.message(1, .incoming, "первое"), Self.message(2, .outgoing, "ответ"),
            Self.message(3, .incoming, "второе"), Self.message(4, .incoming, "удалённое", deleted: true),
            Self.message(5, .outgoing, "черновой ответ после"),
        ]
        #expect(ReaderPane.recent(messages).map(\.id) == [1, 2, 3])
        let many = (1...9).map { Self.message(Int64($0), .incoming, "№\($0)") }
        #expect(ReaderPane.recent(many).map(\.id) == [6, 7, 8, 9])
    }

    @Test func earlierMessagesFillTheRoomAboveTheLatestAndALongOneIsCut() {
        let item = RepliesScene.item(.message, recent: [Self.message(1, .incoming, "Есть ли книга?"),
                                                        Self.message(2, .outgoing, "Уточняем."),
                                                        Self.message(3, .incoming, "Спасибо, жду ответа")])
        #expect(ReaderPane.lines(item, width: 40, rows: 5).map(\.text)
            == ["Ольга: Есть ли книга?", "Библиотека: Уточняем.", "Ольга: Спасибо, жду ответа"])
        #expect(ReaderPane.lines(item, width: 40, rows: 2).map(\.text) == ["Библиотека: Уточняем.", "Ольга: Спасибо, жду ответа"])
        // The page's own words are dimmed, the reader's are not.
        #expect(ReaderPane.lines(item, width: 40, rows: 2).map(\.role) == [.muted, .normal])

        let long = RepliesScene.item(.message, recent: [Self.message(1, .incoming, String(repeating: "слово ", count: 40))])
        let cut = ReaderPane.lines(long, width: 30, rows: 2)
        #expect(cut.count == 2)
        #expect(cut[1].text.hasSuffix("…"))
    }

    @Test func theReadersTextNeverReachesTheTerminalRaw() {
        var state = RepliesScene.composer(.message, text: "Здравствуйте!")
        let item = RepliesScene.item(.message, recent: [Self.message(1, .incoming, "\u{1B}]0;взлом\u{07}текст\u{1B}[2J")])
        state.replies.composer = ComposerState(item: item, text: ComposerText("Здравствуйте!"), templateIDs: [])
        let screen = ScreenView.render(state).plainText
        #expect(!screen.contains("\u{1B}"))
        #expect(!screen.contains("\u{07}"))
        #expect(screen.contains("␛"))
    }

    @Test func noThreadNoPane() {
        var state = RepliesScene.state()
        state.replies.composer = ComposerState(item: RepliesScene.item(.message, recent: []), text: ComposerText("Текст"),
                                               templateIDs: [])
        #expect(!ScreenView.render(state).plainText.contains("┄"))
    }

    @Test func composerAt60x15() throws {
        var state = RepliesScene.state(width: 60, height: 15)
        state.replies.picker = ReplyPickerState(item: RepliesScene.item(.message), appending: false)
        _ = RepliesScene.type("продление выполнено", &state)
        try RepliesScene.press("Enter", &state)
        let screen = ScreenView.render(state).plainText
        #expect(screen.contains("Можно продлить"))
        #expect(screen.contains("«{{ask:Название"))
        try Golden.check(screen, "replies-composer-60x15-ru")
    }

    @Test func pickerAt60x15() throws {
        var state = RepliesScene.state(width: 60, height: 15)
        state.replies.picker = ReplyPickerState(item: RepliesScene.item(.message), appending: false)
        _ = RepliesScene.type("продл", &state)
        let screen = ScreenView.render(state).plainText
        #expect(screen.contains("Можно продлить"))
        #expect(screen.contains("Продление выполнено"))
        try Golden.check(screen, "replies-picker-60x15-ru")
    }
}
