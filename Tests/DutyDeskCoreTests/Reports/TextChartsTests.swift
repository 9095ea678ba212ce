import Testing
@testable import DutyDeskCore

struct TextChartsTests {
    @Test func barsFillInEighthsOfACell() {
        #expect(TextBars.bar(0.5, width: 4) == "██  ")
        #expect(TextBars.bar(1, width: 3) == "███")
        #expect(TextBars.bar(0, width: 3) == "   ")
        // 1/16 of two cells is one eighth of a cell.
        #expect(TextBars.bar(0.0625, width: 2) == "▏ ")
        #expect(TextBars.bar(0.8, width: 10) == "████████  ")
        #expect(TextBars.bar(0.55, width: 10) == "█████▌    ")
        #expect(TextBars.bar(7, width: 2) == "██")
        #expect(TextBars.bar(-1, width: 2) == "  ")
        #expect(TextBars.bar(.nan, width: 2) == "  ")
        #expect(TextBars.bar(0.5, width: 0) == "")
        for width in 1...12 {
            for step in 0...16 {
                #expect(TextBars.bar(Double(step) / 16, width: width).count == width)
            }
        }
    }

    @Test func sparklineScalesToTheLargestValue() {
        #expect(Sparkline.line([0, 1, 2, 4, 8]) == " ▁▂▄█")
        #expect(Sparkline.line([3, 3]) == "██")
        #expect(Sparkline.line([]) == "")
        #expect(Sparkline.line([0, 0]) == "  ")
    }

    @Test func twoSeriesCanShareAScale() {
        // Volume and overdue on one scale, so a week's overdue bar is never taller than its volume bar.
        let volume = [10, 20, 40]
        let overdue = [1, 0, 40]
        #expect(Sparkline.line(volume, maximum: 40) == "▂▄█")
        #expect(Sparkline.line(overdue, maximum: 40) == "▁ █")
    }
}
