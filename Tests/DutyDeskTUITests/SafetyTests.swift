@testable import DutyDeskTUI
import Testing

/// Reader-written text must never carry control characters to the terminal.
@Suite struct SafetyTests {
    @Test(arguments: ["", "s s s Enter", "j j Enter", "/ hacked Enter", "?"])
    func noScreenHasAControlCharacter(_ keys: String) throws {
        let runtime = InboxScene.runtime()
        for key in try KeyNotation.parse(keys) { runtime.send(.key(key)) }
        let canvas = ScreenView.render(runtime.state)
        for row in canvas.rows {
            for cell in row {
                #expect(!cell.character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            }
        }
    }

    @Test func escapeSequencesAreShownAsPictures() throws {
        let runtime = InboxScene.runtime()
        // Item 4 (the escapes) is last: its author is blocked.
        for key in try KeyNotation.parse("G Enter") { runtime.send(.key(key)) }
        let text = ScreenView.render(runtime.state).plainText
        #expect(text.contains("␛]0;hacked␇Здравствуйте␛[2J!"))
    }
}
