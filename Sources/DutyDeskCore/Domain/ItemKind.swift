/// What an inbox item is: a private conversation between one reader and one page, or a
/// comment thread (a reader's top-level comment on a post and everything under it).
public enum ItemKind: String, Sendable, Codable, CaseIterable {
    case message
    case comment
}
