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
        var values = seconds
        count = values.count
        median = Percentile.rank(50, count: count).map { Self.select($0 - 1, in: &values) }
        percentile90 = Percentile.rank(90, count: count).map { Self.select($0 - 1, in: &values) }
        maximum = values.max()
    }

    /// The value that would stand at `index` if `values` were sorted (Hoare's selection: a
    /// million response times in linear time, where sorting them would take several times longer).
    /// Reorders `values`.
    static func select(_ index: Int, in values: inout [Int]) -> Int {
        var low = 0, high = values.count - 1
        while low < high {
            // Median of three: sorted or reversed input stays linear.
            let middle = low + (high - low) / 2
            let pivot = max(min(values[low], values[middle]), min(max(values[low], values[middle]), values[high]))
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if index <= j { high = j } else if index >= i { low = i } else { return values[index] }
        }
        return values[index]
    }
}
