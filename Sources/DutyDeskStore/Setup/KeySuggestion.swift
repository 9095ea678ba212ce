/// "Did you mean …?" for a mistyped key: the allowed key within two edits, if there is one.
enum KeySuggestion {
    static func closest(to typed: String, among allowed: [String]) -> String? {
        let lower = typed.lowercased()
        let scored = allowed.map { ($0, distance(Array(lower), Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2, best.1 < lower.count else { return nil }
        return best.0
    }

    /// Levenshtein distance: insertions, deletions and substitutions, one row at a time.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
