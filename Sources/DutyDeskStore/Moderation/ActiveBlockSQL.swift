/// `BlockState`'s "active" rule as SQL, so that queries and Core agree to the second:
/// in force over `[from_at, until_at)`, unless unblocked by then.
enum ActiveBlockSQL {
    /// A condition on the blocks table under `alias`, true when the block is in force at the
    /// instant bound to each of the three `?` placeholders (pass `arguments(now)`).
    static func condition(_ alias: String = "blocks") -> String {
        "(\(alias).from_at <= ? AND (\(alias).until_at IS NULL OR \(alias).until_at > ?)"
            + " AND (\(alias).unblocked_at IS NULL OR \(alias).unblocked_at > ?))"
    }

    static func arguments(_ now: Int64) -> [Int64] { [now, now, now] }
}
