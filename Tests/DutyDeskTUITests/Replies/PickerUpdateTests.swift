import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Testing

/// The template picker: typing narrows, the item's channel filters, categories group, Enter
/// puts the template into the composer, Ctrl-T appends another.
@Suite struct PickerUpdateTests {
    func titles(_ state: AppState) -> [String] {
        state.replies.picker!.flatMatches(in: state.replies.templates?.catalog).map(\.title)
    }

    @Test func typingNarrowsTheMatchesAndBackspaceWidensThem() throws {
        var state = RepliesScene.picker(.message)
        let all = titles(state).count
        _ = RepliesScene.type("продл", &state)
        #expect(state.replies.picker?.query == "продл")
        let narrowed = titles(state)
        #expect(narrowed.count < all)
        #expect(!narrowed.isEmpty)
        #expect(narrowed.allSatisfy { $0.lowercased().contains("продл") })
        try RepliesScene.press("BSpace BSpace BSpace BSpace BSpace", &state)
        #expect(titles(state).count == all)
    }

    @Test func onlyTemplatesForTheItemsChannelAreOffered() {
        let messages = RepliesScene.picker(.message)
        let comments = RepliesScene.picker(.comment)
        let catalog = RepliesScene.templates.catalog
        let inMessages = messages.replies.picker!.flatMatches(in: catalog)
        let inComments = comments.replies.picker!.flatMatches(in: catalog)
        #expect(inMessages.allSatisfy { $0.allows(.message) })
        #expect(inComments.allSatisfy { $0.allows(.comment) })
        // The reading-room login is issued privately, and asked for in comments: each in its own place.
        #expect(inMessages.contains { $0.id == "reading-room-login-issued" })
        #expect(!inComments.contains { $0.id == "reading-room-login-issued" })
        #expect(inComments.contains { $0.id == "reading-room-login-in-comments" })
    }

    @Test func matchesAreGroupedByCategoryOnScreen() throws {
        let state = RepliesScene.picker(.message)
        let groups = state.replies.picker!.matches(in: state.replies.templates?.catalog)
        #expect(Set(groups.map(\.category)).count == groups.count)
        let screen = ScreenView.render(state).plainText
        let consultation = try #require(screen.range(of: Words.category(groups[0].category.rawValue).text(.ru)))
        let firstTitle = try #require(screen.range(of: groups[0].matches[0].template.title))
        #expect(consultation.lowerBound < firstTitle.lowerBound)
        // The live preview renders the highlighted template with the item's context.
        #expect(screen.contains("Ольга"))
    }

    @Test func enterPutsTheTemplateIntoTheComposerWithItsFirstFieldSelected() throws {
        var state = RepliesScene.picker(.message)
        _ = RepliesScene.type("продление выполнено", &state)
        let effects = try RepliesScene.press("Enter", &state)
        #expect(state.replies.picker == nil)
        let composer = try #require(state.replies.composer)
        #expect(composer.templateIDs == ["renewal-done"])
        #expect(composer.text.text.hasPrefix("Здравствуйте, Ольга!"))
        #expect(composer.text.selection != nil)
        // The draft is saved at once.
        #expect(effects.contains { if case .replies(.saveDraft(itemID: 1, _, ["renewal-done"], false, 1)) = $0 { true } else { false } })
        _ = RepliesScene.type("Война и мир", &state)
        #expect(state.replies.composer!.text.text.contains("«Война и мир»"))
    }

    @Test func ctrlTAppendsAnotherTemplateToTheSameReply() throws {
        var state = RepliesScene.picker(.message)
        _ = RepliesScene.type("продление выполнено", &state)
        try RepliesScene.press("Enter C-t", &state)
        #expect(state.replies.picker?.appending == true)
        _ = RepliesScene.type("благодар", &state)
        let second = try #require(titles(state).first)
        try RepliesScene.press("Enter", &state)
        let composer = try #require(state.replies.composer)
        #expect(composer.templateIDs.count == 2)
        #expect(composer.templateIDs[0] == "renewal-done")
        #expect(RepliesScene.templates.catalog.library[composer.templateIDs[1]]?.title == second)
        #expect(composer.text.text.contains("\n\n"))
    }

    @Test func ctrlNStartsAFreeFormReplyAndEscapeClosesThePicker() throws {
        var state = RepliesScene.picker(.comment)
        try RepliesScene.press("C-n", &state)
        #expect(state.replies.composer?.templateIDs == [])
        #expect(state.replies.composer?.text.text == "")
        var closing = RepliesScene.picker(.comment)
        try RepliesScene.press("Escape", &closing)
        #expect(closing.replies.picker == nil)
        #expect(closing.replies.composer == nil)
    }
}
