import Testing
@testable import DutyDeskCore

/// Nearest rank: the p-th percentile of N sorted values is the value at rank ⌈p·N/100⌉.
struct PercentileTests {
    @Test func theTextbookExample() {
        // 15, 20, 35, 40, 50: p30 → rank ⌈1.5⌉ = 2 → 20; p40 → rank 2 → 20; p50 → rank ⌈2.5⌉ = 3 → 35;
        // p90 → rank ⌈4.5⌉ = 5 → 50; p100 → rank 5 → 50.
        let values = [15, 20, 35, 40, 50]
        #expect(Percentile.nearestRank(30, ofSorted: values) == 20)
        #expect(Percentile.nearestRank(40, ofSorted: values) == 20)
        #expect(Percentile.nearestRank(50, ofSorted: values) == 35)
        #expect(Percentile.nearestRank(90, ofSorted: values) == 50)
        #expect(Percentile.nearestRank(100, ofSorted: values) == 50)
        #expect(Percentile.nearestRank(0, ofSorted: values) == 15)
    }

    @Test func medianOfAnEvenCountIsTheLowerMiddle() {
        // Four values: rank ⌈2⌉ = 2. No averaging: the answer is a time that really happened.
        #expect(Percentile.nearestRank(50, ofSorted: [1, 2, 3, 4]) == 2)
    }

    @Test func tenValues() {
        let values = Array(1...10)
        #expect(Percentile.rank(50, count: 10) == 5)
        #expect(Percentile.rank(90, count: 10) == 9)
        #expect(Percentile.nearestRank(90, ofSorted: values) == 9)
        // Eleven values: p90 → ⌈9.9⌉ = 10.
        #expect(Percentile.rank(90, count: 11) == 10)
    }

    @Test func noValuesNoPercentile() {
        #expect(Percentile.nearestRank(50, ofSorted: [Int]()) == nil)
        let summary = ResponseTimeSummary(seconds: [])
        #expect(summary.count == 0 && summary.median == nil && summary.percentile90 == nil && summary.maximum == nil)
    }

    @Test func summaryOfWorkedSeconds() {
        // 7200, 300, 64800, 5400 sorted: 300, 5400, 7200, 64800. Median rank 2 → 5400;
        // p90 rank ⌈3.6⌉ = 4 → 64800.
        let summary = ResponseTimeSummary(seconds: [7200, 300, 64800, 5400])
        #expect(summary.count == 4)
        #expect(summary.median == 5400)
        #expect(summary.percentile90 == 64800)
        #expect(summary.maximum == 64800)
    }

    /// The summary selects rather than sorts; it must agree with sorting on any input.
    @Test(arguments: Array(UInt64(1)...30))
    func selectionAgreesWithSorting(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let count = Int.random(in: 1...300, using: &rng)
        let spread = Int.random(in: 1...50, using: &rng)   // small spreads give many ties
        let values = (0..<count).map { _ in Int.random(in: 0...spread, using: &rng) }
        let sorted = values.sorted()
        let summary = ResponseTimeSummary(seconds: values)
        #expect(summary.median == Percentile.nearestRank(50, ofSorted: sorted), "seed \(seed)")
        #expect(summary.percentile90 == Percentile.nearestRank(90, ofSorted: sorted), "seed \(seed)")
        #expect(summary.maximum == sorted.last)
    }
}
