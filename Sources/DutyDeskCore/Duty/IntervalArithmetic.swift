import Foundation

/// Set arithmetic on half-open `[start, end)` periods, which coverage and the rotation both need.
/// `DateInterval` itself treats touching intervals as intersecting; these helpers do not.
enum IntervalArithmetic {
    /// The union of `intervals` as sorted, disjoint, non-touching periods.
    static func merged(_ intervals: [DateInterval]) -> [DateInterval] {
        var result: [DateInterval] = []
        for interval in intervals.sorted(by: { $0.start < $1.start }) where interval.duration > 0 {
            if let last = result.last, interval.start <= last.end {
                result[result.count - 1] = DateInterval(start: last.start, end: max(last.end, interval.end))
            } else {
                result.append(interval)
            }
        }
        return result
    }

    /// The parts of `interval` that none of `covered` overlaps, in order.
    static func subtract(_ covered: [DateInterval], from interval: DateInterval) -> [DateInterval] {
        var result: [DateInterval] = []
        var cursor = interval.start
        for piece in merged(covered) where piece.end > cursor && piece.start < interval.end {
            if piece.start > cursor {
                result.append(DateInterval(start: cursor, end: piece.start))
            }
            cursor = max(cursor, piece.end)
            if cursor >= interval.end { break }
        }
        if cursor < interval.end {
            result.append(DateInterval(start: cursor, end: interval.end))
        }
        return result
    }

    /// The common part of two periods, nil when they only touch or are apart.
    static func intersection(_ a: DateInterval, _ b: DateInterval) -> DateInterval? {
        let start = max(a.start, b.start)
        let end = min(a.end, b.end)
        return end > start ? DateInterval(start: start, end: end) : nil
    }
}
