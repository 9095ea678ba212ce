@testable import DutyDeskTUI
import Testing

/// The composer's text model: the cursor moves by grapheme, rows wrap by terminal cells.
@Suite struct ComposerTextTests {
    @Test func theCursorMovesByWholeGraphemesOverCyrillicAndAFamilyEmoji() {
        var text = ComposerText("Привет 👨‍👩‍👧 мир", cursor: 0)
        #expect(text.characters.count == 12)
        for _ in 0..<7 { text.moveRight() }
        #expect(text.cursor == 7)
        text.moveRight()
        // One step crosses the whole family (five scalars, one Character).
        #expect(text.cursor == 8)
        text.backspace()
        #expect(text.text == "Привет  мир")
        text.insert("🇷🇺")
        #expect(text.text == "Привет 🇷🇺 мир")
        text.moveLeft()
        #expect(text.cursor == 7)
        text.deleteForward()
        #expect(text.text == "Привет  мир")
    }

    @Test func aCombiningMarkTypedAfterALetterStaysWithIt() {
        var text = ComposerText("е")
        text.insert("\u{0308}")
        #expect(text.characters.count == 1)
        #expect(text.cursor == 1)
        text.backspace()
        #expect(text.text.isEmpty)
    }

    @Test func rowsWrapByCellWidthWithWideCharacters() {
        // 10 cells per row: "日本語" takes 6 cells, the emoji 2, so "日本語 👍 ok" needs 12.
        let characters = Array("日本語 👍 ok дальше")
        let layout = ComposerLayout(characters, width: 10)
        let rows = layout.rows.map { String(characters[$0.start..<$0.end]) }
        #expect(rows == ["日本語 👍 ", "ok дальше"])
        for row in rows { #expect(TerminalCells.width(of: row) <= 10) }
        // The cursor before the space after the emoji is at cell 9; at "o" it starts the second.
        #expect(layout.position(of: 5).row == 0)
        #expect(layout.position(of: 5).column == 9)
        #expect(layout.position(of: 6).row == 1)
        #expect(layout.position(of: 6).column == 0)
    }

    @Test func aWordLongerThanTheRowIsCutAndNoWideCharacterIsSplit() {
        let characters = Array("ааааа日日日")
        let layout = ComposerLayout(characters, width: 6)
        let rows = layout.rows.map { String(characters[$0.start..<$0.end]) }
        // 5 cells + a wide character would be 7: it moves to the next row whole.
        #expect(rows == ["ааааа", "日日日"])
    }

    @Test func upAndDownKeepTheCellColumnAcrossWideCharacters() {
        var text = ComposerText("абвгд\n日本語テスト", cursor: 4)
        text.moveVertically(by: 1, width: 40)
        // Column 4 falls after two wide characters (4 cells).
        #expect(text.cursor == 6 + 2)
        text.moveVertically(by: -1, width: 40)
        #expect(text.cursor == 4)
        text.moveToRowEnd(width: 40)
        #expect(text.cursor == 5)
        text.moveToRowStart(width: 40)
        #expect(text.cursor == 0)
    }

    @Test func tabSelectsTheNextFieldAndTypingReplacesIt() {
        var text = ComposerText("До {{ask:Дата}}, «{{ask:Название}}».", cursor: 0)
        var found = text.selectNextField()
        #expect(found)
        text.insert("5 мая")
        #expect(text.text == "До 5 мая, «{{ask:Название}}».")
        found = text.selectNextField()
        #expect(found)
        text.insert("Война и мир")
        #expect(text.text == "До 5 мая, «Война и мир».")
        found = text.selectNextField()
        #expect(!found)
    }
}
