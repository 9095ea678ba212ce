/// The social network a page lives on. The raw value is the code used in the organisation
/// file, the database and `inbox --json`.
public enum Network: String, Sendable, Codable, CaseIterable {
    case vk
    case telegram
}
