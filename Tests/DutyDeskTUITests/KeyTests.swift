import DutyDeskCore
@testable import DutyDeskTUI
import Testing

@Suite struct KeyTests {
    @Test func readsTmuxSendKeysNotation() throws {
        #expect(try KeyNotation.parse("j j Enter") == [.character("j"), .character("j"), .enter])
        #expect(try KeyNotation.parse("Up Down PageUp PgDn NPage Home End Escape Tab BTab BSpace Space")
            == [.up, .down, .pageUp, .pageDown, .pageDown, .home, .end, .escape, .tab, .backTab, .backspace, .character(" ")])
        #expect(try KeyNotation.parse("C-l C-c F1 ^L") == [.control("l"), .control("c"), .function(1), .control("l")])
        #expect(try KeyNotation.parse("/ Иван") == [.character("/"), .character("И"), .character("в"), .character("а"), .character("н")])
        #expect(try KeyNotation.parse("") == [])
    }

    /// The keys: these must stay bound.
    @Test func theRequiredKeysAreBound() {
        let inbox: [(Key, Command)] = [
            (.up, .moveUp), (.character("k"), .moveUp), (.down, .moveDown), (.character("j"), .moveDown),
            (.pageUp, .pageUp), (.pageDown, .pageDown), (.character("g"), .top), (.character("G"), .bottom),
            (.enter, .open), (.tab, .nextPanel), (.character("1"), .panelByDigit), (.character("5"), .panelByDigit),
            (.character("/"), .search), (.character("n"), .nextMatch), (.character("N"), .previousMatch),
            (.character("f"), .filters), (.character("?"), .help), (.character("q"), .quit), (.control("l"), .redraw),
        ]
        for (key, command) in inbox {
            #expect(KeyMap.binding(for: key, in: .inbox)?.command == command, "\(key) in the inbox")
        }
        #expect(KeyMap.binding(for: .escape, in: .detail)?.command == .back)
        #expect(KeyMap.binding(for: .character("q"), in: .detail)?.command == .quit)
    }

    @Test(arguments: [KeyContext.inbox, .detail, .placeholder, .filterMenu, .help, .confirmQuit, .searchPrompt, .tooSmall])
    func everyBindingHasHelpInBothLanguagesAndNoKeyIsBoundTwice(_ context: KeyContext) {
        let bindings = KeyMap.bindings(for: context)
        var seen = Set<Key>()
        for binding in bindings {
            #expect(!binding.help.ru.isEmpty && !binding.help.en.isEmpty && !binding.hint.ru.isEmpty && !binding.hint.en.isEmpty)
            for key in binding.keys {
                #expect(seen.insert(key).inserted, "\(key) bound twice in \(context)")
            }
        }
    }

    @Test func theFooterAndTheHelpAreGeneratedFromTheBindings() throws {
        let runtime = InboxScene.runtime(language: .en)
        let footer = ScreenView.render(runtime.state).plainText.split(separator: "\n").last.map(String.init) ?? ""
        for binding in KeyMap.bindings(for: .inbox) where binding.inFooter {
            #expect(footer.contains(binding.footerLabel + " " + binding.hint.en))
        }
        runtime.send(.key(.character("?")))
        runtime.send(.key(.character("G")))
        let help = ScreenView.render(runtime.state).plainText
        let lines = HelpOverlayView.lines(runtime.state)
        #expect(lines.filter { !$0.key.isEmpty }.map(\.key) == KeyMap.bindings(for: .inbox).map(\.label))
        for line in lines.prefix(HelpOverlayView.visibleLines(size: runtime.state.size)) {
            #expect(help.contains(line.text), "help shows \(line.text)")
        }
    }

    /// At 60 columns a description wraps under itself: every word of it is on screen.
    @Test func aLongDescriptionWrapsInsteadOfBeingCutOnANarrowScreen() throws {
        let runtime = InboxScene.runtime(language: .ru)
        runtime.send(.resize(ScreenSize(width: 60, height: 40)))
        runtime.send(.key(.character("?")))
        let help = ScreenView.render(runtime.state).plainText
        let long = try #require(KeyMap.bindings(for: .inbox).map { $0.help.ru }.first { TerminalCells.width(of: $0) > 40 })
        let shown = help.split(separator: "\n").joined(separator: " ")
        for word in long.split(separator: " ") {
            #expect(shown.contains(word), "«\(word)» of «\(long)» is shown")
        }
        #expect(!help.contains("…"), "nothing is cut")
    }
}
