/// What a run did with its lines: the summary line `ingested N, duplicates D, rejected R`.
public struct IngestCounts: Sendable, Equatable {
    /// Events that changed the inbox (or were stored for the first time).
    public var ingested = 0
    /// Events already stored, by event id or by the platform's message or comment id.
    public var duplicates = 0
    /// Lines refused and kept in the quarantine table.
    public var rejected = 0

    public init(ingested: Int = 0, duplicates: Int = 0, rejected: Int = 0) {
        self.ingested = ingested
        self.duplicates = duplicates
        self.rejected = rejected
    }

    public static func + (a: IngestCounts, b: IngestCounts) -> IngestCounts {
        IngestCounts(ingested: a.ingested + b.ingested, duplicates: a.duplicates + b.duplicates,
                     rejected: a.rejected + b.rejected)
    }

    /// The contract's last line of output, the same in every language (scripts read it).
    public var summaryLine: String {
        "ingested \(ingested), duplicates \(duplicates), rejected \(rejected)"
    }
}
