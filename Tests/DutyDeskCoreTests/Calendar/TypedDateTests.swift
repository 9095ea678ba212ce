import Testing
@testable import DutyDeskCore

/// Dates as staff type them in the duty commands and forms.
struct TypedDateTests {
    @Test func isoAndRussianDatesReadTheSame() {
        let date = LocalDate(year: 2026, month: 11, day: 9)!
        #expect(LocalDate(typed: "2026-11-09") == date)
        #expect(LocalDate(typed: "09.11.2026") == date)
        #expect(LocalDate(typed: "9.11.2026") == date)
        #expect(LocalDate(typed: " 09.11.2026 ") == date)
    }

    @Test func anythingElseIsNoDate() {
        for text in ["31.02.2026", "09.11.26", "2026.11.09", "09/11/2026", "09.11.2026.", "+9.11.2026", "", "завтра"] {
            #expect(LocalDate(typed: text) == nil, "\(text)")
        }
    }
}
