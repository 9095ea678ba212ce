@testable import DutyDeskTUI
import Testing

@Suite struct CanvasTests {
    @Test func measuresTerminalCellsNotCharacters() {
        #expect(TerminalCells.width(of: "Привет") == 6)
        #expect(TerminalCells.width(of: "книги 📚") == 8)
        #expect(TerminalCells.width(of: "Zoe\u{0308}") == 3)            // a combining diaeresis takes no cell
        #expect(TerminalCells.width(of: "漢字") == 4)
    }

    @Test func writesWideCharactersAsTwoCellsAndNeverHalfOfOne() {
        var canvas = Canvas(width: 5, height: 1)
        let end = canvas.write("a📚b📚", row: 0, column: 0, role: .normal)
        #expect(end == 4)                                   // the second emoji would need cells 4–5: no room
        #expect(canvas.plainText == "a📚b")
        var narrow = Canvas(width: 4, height: 1)
        narrow.write("ab📚", row: 0, column: 1, role: .normal)
        #expect(narrow.plainText == " ab")                 // no room for both cells of 📚
        narrow.write("x", row: 0, column: 1, role: .normal)
        #expect(narrow.plainText == " xb")
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.write("📚📚", row: 0, column: 0, role: .normal)
        canvas.write("x", row: 0, column: 1, role: .normal)
        #expect(canvas.plainText == " x📚")
    }

    @Test func controlCharactersNeverReachTheCanvas() {
        var canvas = Canvas(width: 20, height: 1)
        canvas.write("a\u{1B}[2Jb\u{07}", row: 0, column: 0, role: .normal)
        #expect(!canvas.plainText.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func truncatesAndPadsByCells() {
        #expect(TextFitting.truncate("Привет, мир", to: 7) == "Привет…")
        #expect(TextFitting.truncate("📚📚📚", to: 4) == "📚…")
        #expect(TextFitting.truncate("short", to: 5) == "short")
        #expect(TextFitting.pad("ab", to: 4) == "ab  ")
        #expect(TextFitting.firstLine("one\u{1B}]0;x\u{07}\ntwo") == "one␛]0;x␇")
    }

    @Test func wrapsAtSpacesAndCutsLongWords() {
        #expect(TextFitting.wrap("Здравствуйте! Продлите книги", width: 14) == ["Здравствуйте!", "Продлите книги"])
        #expect(TextFitting.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
        #expect(TextFitting.wrap("a\n\nb", width: 5) == ["a", "", "b"])
    }
}
