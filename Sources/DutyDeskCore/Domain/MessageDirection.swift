/// Whether a message came from a reader to the page or from the page to the reader.
/// The short raw values are what the database stores.
public enum MessageDirection: String, Sendable, Codable, CaseIterable {
    case incoming = "in"
    case outgoing = "out"
}
