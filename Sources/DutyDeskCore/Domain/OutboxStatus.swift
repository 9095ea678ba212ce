/// The life of a reply in the outbox. A reply stays `pending` until it is delivered (or the
/// administrator confirms they posted it), then `sent`; `failed` keeps the error for a retry.
public enum OutboxStatus: String, Sendable, Codable, CaseIterable {
    case pending
    case sent
    case failed
}
