import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Testing

/// The composer's keys and the checks before sending: 3.6 refuses in a comment unless personal
/// data is marked, warnings need y, a clean reply goes at once.
@Suite struct ComposerUpdateTests {
    static let forbidden = "Здравствуйте! Ответили Вам в личку, посмотрите, пожалуйста."

    func sendRequest(_ effects: [Effect]) -> ReplyRequest? {
        for effect in effects {
            if case .replies(.send(let request, _)) = effect { return request }
        }
        return nil
    }

    @Test func theForbiddenPhraseInACommentIsRefusedWithTheClause() throws {
        var state = RepliesScene.composer(.comment, text: Self.forbidden)
        let effects = try RepliesScene.press("F2", &state)
        #expect(sendRequest(effects) == nil)
        let problem = try #require(state.replies.composer?.problem)
        #expect(problem.ru.contains("п. 3.6 регламента"))
        #expect(problem.ru.contains("«Ответили Вам в личку»"))
        #expect(ScreenView.render(state).plainText.contains("Ответ не отправлен: п. 3.6"))
    }

    @Test func markingPersonalDataLiftsTheRuleAndThePrivateMessageNeedsNoMark() throws {
        var comment = RepliesScene.composer(.comment, text: Self.forbidden)
        try RepliesScene.press("C-p", &comment)
        #expect(comment.replies.composer?.personalData == true)
        let request = try #require(sendRequest(try RepliesScene.press("F2", &comment)))
        #expect(request.personalData)
        #expect(request.templateIDs.isEmpty)

        var message = RepliesScene.composer(.message, text: Self.forbidden)
        let sent = try #require(sendRequest(try RepliesScene.press("F2", &message)))
        #expect(!sent.personalData)
        #expect(sent.text == Self.forbidden)
    }

    @Test func warningsAskForAConfirmationAndNoGoesBackToTheText() throws {
        var state = RepliesScene.composer(.message, text: "Привет!!! Продлили до {{ask:Дата}}")
        var effects = try RepliesScene.press("F2", &state)
        #expect(sendRequest(effects) == nil)
        guard case .sendDespite(let findings)? = state.replies.composer?.question else {
            Issue.record("no question asked")
            return
        }
        #expect(Set(findings.map(\.ruleID)).isSuperset(of: ["familiar-greeting", "exclamation-marks", "unfilled-field"]))
        #expect(ScreenView.render(state).plainText.contains("Отправить всё равно?"))
        // While asking, letters answer instead of being typed.
        try RepliesScene.press("n", &state)
        #expect(state.replies.composer?.question == nil)
        #expect(state.replies.composer?.text.text == "Привет!!! Продлили до {{ask:Дата}}")
        try RepliesScene.press("F2", &state)
        effects = try RepliesScene.press("y", &state)
        let request = try #require(sendRequest(effects))
        #expect(request.warningsConfirmed)
        #expect(state.replies.composer?.sending == true)
    }

    @Test func sendingClosesTheComposerCopiesAndPointsToTheOutbox() throws {
        var state = RepliesScene.composer(.message, text: "Здравствуйте!")
        let effects = Update.apply(.replies(.sent(itemID: 1, outboxID: 7, text: "Здравствуйте!")), to: &state)
        #expect(state.replies.composer == nil)
        #expect(effects == [.replies(.copyToClipboard("Здравствуйте!"))])
        #expect(state.notice?.text.ru.contains("исходящих (2)") == true)
    }

    @Test func aRefusalFromTheDatabaseIsShownAndTheTextStays() {
        var state = RepliesScene.composer(.message, text: "Здравствуйте!")
        _ = Update.apply(.replies(.sendFailed(itemID: 1, Localized(ru: "Нет прав", en: "No rights"))), to: &state)
        #expect(state.replies.composer?.problem?.ru == "Нет прав")
        #expect(state.replies.composer?.text.text == "Здравствуйте!")
    }

    @Test func typingSavesTheDraftOneWriteAtATime() throws {
        var state = RepliesScene.composer(.message, text: "")
        let first = RepliesScene.type("Д", &state)
        #expect(first == [.replies(.saveDraft(itemID: 1, text: "Д", templateIDs: [], takingOver: false, revision: 1))])
        // While that save runs, more typing waits for it…
        #expect(RepliesScene.type("обрый день", &state).isEmpty)
        // …and the confirmation sends the text as it is by then.
        let next = Update.apply(.replies(.draftSaved(itemID: 1, revision: 1)), to: &state)
        #expect(next == [.replies(.saveDraft(itemID: 1, text: "Добрый день", templateIDs: [], takingOver: false, revision: 11))])
        _ = Update.apply(.replies(.draftSaved(itemID: 1, revision: 11)), to: &state)
        #expect(state.replies.composer?.isSaved == true)
        #expect(ScreenView.render(state).plainText.contains("черновик сохранён"))
    }

    @Test func theComposerDrawsWideTextWrappedInsideItsBox() throws {
        var state = RepliesScene.composer(.message, text: String(repeating: "日本語 👍 ", count: 20))
        state.size = ScreenSize(width: 60, height: 20)
        let canvas = ScreenView.render(state)
        let geometry = ComposerGeometry(size: state.size)
        for row in geometry.textTop..<(geometry.textTop + 3) {
            let line = canvas.rows[row]
            // Nothing written past the box's right border.
            #expect(line[geometry.box.left + geometry.box.width - 1].character == "│")
        }
        #expect(canvas.plainText.contains("日本語 👍"))
    }
}

/// What the checks find is marked in the text itself.
@Suite struct ComposerHighlightTests {
    @Test func theForbiddenPhraseIsDrawnAsAnErrorAndAFieldAsAWarning() throws {
        let state = RepliesScene.composer(.comment, text: "Ответили Вам в личку. Срок: {{ask:Дата}}")
        let canvas = ScreenView.render(state)
        let geometry = ComposerGeometry(try #require(state.replies.composer), state)
        let row = canvas.rows[geometry.textTop]
        let left = geometry.box.left + 2
        #expect(row[left].character == "О")
        #expect(row[left].role == .error)
        let field = try #require(Array("Ответили Вам в личку. Срок: ").count as Int?)
        #expect(row[left + field].character == "{")
        #expect(row[left + field].role == .warning)
        #expect(row[left + field - 2].role == .normal)
    }
}
