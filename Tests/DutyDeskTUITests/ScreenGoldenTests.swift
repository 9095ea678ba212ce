import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Testing

/// Whole screens at 100×30 and 60×15, compared as text with Golden/*.txt.
@Suite struct ScreenGoldenTests {
    func screen(width: Int = 100, height: Int = 30, language: Language = .ru, keys: String = "",
                staff: Operator? = InboxScene.belova) throws -> String {
        Snapshot.render(backend: SceneBackend(), state: InboxScene.state(width: width, height: height, language: language,
                                                                          staff: staff),
                        keys: try KeyNotation.parse(keys))
    }

    @Test func inboxAt100x30() throws {
        try Golden.check(try screen(), "inbox-100x30-ru")
    }

    @Test func inboxAt100x30InEnglish() throws {
        try Golden.check(try screen(language: .en), "inbox-100x30-en")
    }

    @Test func inboxAt60x15() throws {
        try Golden.check(try screen(width: 60, height: 15), "inbox-60x15-ru")
    }

    @Test func threadAt100x30() throws {
        try Golden.check(try screen(keys: "s s Enter"), "thread-100x30-ru")
    }

    @Test func threadAt60x15() throws {
        try Golden.check(try screen(width: 60, height: 15, keys: "s s Enter j j j"), "thread-60x15-ru")
    }

    @Test func helpOverlay() throws {
        try Golden.check(try screen(keys: "?"), "help-100x30-ru")
    }

    @Test func filterMenu() throws {
        try Golden.check(try screen(keys: "f j l"), "filters-100x30-ru")
    }

    @Test func placeholderPanel() throws {
        try Golden.check(try screen(keys: "3"), "panel3-100x30-ru")
    }

    @Test func tooSmall() throws {
        try Golden.check(try screen(width: 50, height: 12), "too-small-50x12-ru")
    }

    @Test func searchPrompt() throws {
        try Golden.check(try screen(width: 60, height: 15, keys: "/ кни"), "search-prompt-60x15-ru")
    }
}
