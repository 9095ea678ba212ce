/// Where an inbox item stands. `open` has an incoming message not yet answered (its reply
/// clock runs); `answered` has had a reply to everything; `closed` was closed without a reply,
/// with a reason. A new incoming message reopens an answered or closed item.
public enum ItemStatus: String, Sendable, Codable, CaseIterable {
    case open
    case answered
    case closed
}
