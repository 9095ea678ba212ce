/// The request type an administrator assigns to an item (regulation 5.12: the quarterly
/// statistics count requests by these types).
public enum RequestCategory: String, Sendable, Codable, CaseIterable {
    case consultation
    /// Справка: answers about literature and factual reference data (6.1).
    case reference
    case renewal
    case reservation
    case readingRoomLogin = "reading_room_login"
    case complaint
    case criticalRemark = "critical_remark"
    case gratitude
    case spam
    case other
}
