import DutyDeskCore
import Testing

struct BlockTimeLeftTests {
    struct Case: Sendable {
        let seconds: Int64
        let ru: String
        let en: String
    }

    static let cases: [Case] = [
        Case(seconds: 7 * 86_400 - 60, ru: "6 д 23 ч", en: "6 d 23 h"),
        Case(seconds: 5 * 3_600 + 12 * 60 + 59, ru: "5 ч 12 мин", en: "5 h 12 min"),
        Case(seconds: 40 * 60, ru: "40 мин", en: "40 min"),
        // The last seconds of a block still read as a minute, never "0 мин" while it runs.
        Case(seconds: 30, ru: "1 мин", en: "1 min"),
    ]

    @Test(arguments: cases)
    func readsCoarselyInBothLanguages(_ example: Case) {
        let text = BlockTimeLeft.text(seconds: example.seconds)
        #expect(text.ru == example.ru)
        #expect(text.en == example.en)
    }
}
