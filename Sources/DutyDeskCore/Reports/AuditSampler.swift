/// Picks the curator's audit sample (regulation 5.14): for each page, up to k of its answered
/// requests, at random but reproducibly.
///
/// Reproducible means: the same seed, page and population (the page's answered requests of the
/// quarter, in the order the Store lists them: by arrival, then item) give the same picks. Each
/// page draws from its own generator, seeded from the seed and the page id, so adding a page to
/// the organisation does not change the other pages' samples.
public enum AuditSampler {
    /// `k` distinct indices of `0..<count` (all of them when `count <= k`), ascending.
    /// A partial Fisher–Yates shuffle: every k-subset is equally likely.
    public static func pick(_ k: Int, from count: Int, seed: UInt64, page pageID: String) -> [Int] {
        guard k < count else { return Array(0..<count) }
        guard k > 0 else { return [] }
        var generator = SplitMix64(seed: seed ^ stableHash(pageID))
        // Only the first k slots are settled, so a sparse map stands in for the whole array.
        var swapped: [Int: Int] = [:]
        var picked: [Int] = []
        for slot in 0..<k {
            let other = slot + Int(generator.uniform(below: UInt64(count - slot)))
            let value = swapped[other] ?? other
            swapped[other] = swapped[slot] ?? slot
            picked.append(value)
        }
        return picked.sorted()
    }

    /// FNV-1a over the UTF-8 bytes: a hash that, unlike `Hasher`, is the same in every run.
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
