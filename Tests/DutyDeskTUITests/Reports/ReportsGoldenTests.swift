import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import Testing

/// The reports panel and the item history as whole screens, on `ReportsTUIFixture`'s database,
/// compared with Golden/*.txt.
@Suite struct ReportsGoldenTests {
    let fixture: ReportsTUIFixture

    init() throws {
        fixture = try ReportsTUIFixture()
        try fixture.fill()
    }

    func screen(width: Int, height: Int, language: Language = .ru, keys: String) throws -> String {
        let runtime = try fixture.runtime(ReportsTUIFixture.curator, size: ScreenSize(width: width, height: height),
                                          language: language)
        for key in try KeyNotation.parse(keys) { runtime.send(.key(key)) }
        return ScreenView.render(runtime.state).plainText
    }

    @Test func reportsAt100x30() throws {
        defer { fixture.remove() }
        try Golden.check(try screen(width: 100, height: 30, keys: "4"), "reports-100x30-ru")
    }

    @Test func reportsAt60x15InEnglish() throws {
        defer { fixture.remove() }
        try Golden.check(try screen(width: 60, height: 15, language: .en, keys: "4"), "reports-60x15-en")
    }

    @Test func onePageAt100x30() throws {
        defer { fixture.remove() }
        try Golden.check(try screen(width: 100, height: 30, keys: "4 p PageDown"), "reports-page-100x30-ru")
    }

    @Test func itemHistoryAt100x30() throws {
        defer { fixture.remove() }
        // Opening an item marks it read: the history has that entry.
        try Golden.check(try screen(width: 100, height: 30, keys: "Enter h"), "history-100x30-ru")
    }
}
