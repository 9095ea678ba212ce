/// Percentiles by the nearest-rank method, the definition every figure of the quarterly report uses.
///
/// For N values sorted in ascending order, the p-th percentile (0 < p ≤ 100) is the value at the
/// 1-based rank ⌈p·N / 100⌉; the 0th is the smallest value. So the median (p = 50) of
/// 1, 2, 3, 4 is 2, and the 90th percentile of ten values is the 9th smallest.
///
/// Why nearest rank rather than interpolation: the answer is always a response time that really
/// happened, it needs only integers, and a coordinator can check it by counting down a sorted list.
public enum Percentile {
    /// The 1-based rank of the p-th percentile among `count` values; nil when there are none.
    public static func rank(_ p: Int, count: Int) -> Int? {
        precondition((0...100).contains(p), "a percentile is between 0 and 100")
        guard count > 0 else { return nil }
        // ⌈p·N/100⌉ in integers, never below rank 1.
        return max(1, (p * count + 99) / 100)
    }

    /// The p-th percentile of values already sorted ascending; nil for no values.
    public static func nearestRank<Value: Comparable>(_ p: Int, ofSorted values: [Value]) -> Value? {
        rank(p, count: values.count).map { values[$0 - 1] }
    }
}

/// Median, 90th percentile and maximum of response times, in seconds of working time.
public struct ResponseTimeSummary: Sendable, Equatable {
    public let count: Int
    public let median: Int?
    public let percentile90: Int?
    public let maximum: Int?

    public init(seconds: [Int]) {
        let sorted = seconds.sorted()
        count = sorted.count
        median = Percentile.nearestRank(50, ofSorted: sorted)
        percentile90 = Percentile.nearestRank(90, ofSorted: sorted)
        maximum = sorted.last
    }
}
