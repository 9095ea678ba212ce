import Testing
@testable import DutyDeskCore

struct TerminalSafeTextTests {
    @Test func escapeSequencesBecomeVisible() {
        let hostile = "\u{1B}]0;hacked\u{07}Привет\u{1B}[2J"
        let safe = TerminalSafeText.line(hostile)
        #expect(safe == "␛]0;hacked␇Привет␛[2J")
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func lineBreaksFoldOnOneLineAndStayInSeveral() {
        #expect(TerminalSafeText.line("раз\r\nдва") == "раз⏎ два")
        #expect(TerminalSafeText.lines("раз\r\nдва") == "раз\nдва")
    }

    @Test func c1AndBidiControlsAreNeutralised() {
        #expect(TerminalSafeText.line("a\u{9B}31mb\u{202E}c") == "a�31mb�c")
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "Здравствуйте! 📚 Можно продлить книгу? café"
        #expect(TerminalSafeText.line(text) == text)
    }
}
