// The names the reports give to the Core enums they count by, in both languages.

extension RequestCategory {
    /// The request type as the quarterly report names it.
    public var reportTitle: Localized {
        switch self {
        case .consultation: Localized(ru: "Консультация", en: "Consultation")
        case .reference: Localized(ru: "Справка", en: "Reference")
        case .renewal: Localized(ru: "Продление", en: "Renewal")
        case .reservation: Localized(ru: "Бронирование", en: "Reservation")
        case .readingRoomLogin: Localized(ru: "Доступ к Виртуальному читальному залу", en: "Virtual reading room login")
        case .complaint: Localized(ru: "Жалоба", en: "Complaint")
        case .criticalRemark: Localized(ru: "Критическое замечание", en: "Critical remark")
        case .gratitude: Localized(ru: "Благодарность", en: "Gratitude")
        case .spam: Localized(ru: "Спам", en: "Spam")
        case .other: Localized(ru: "Другое", en: "Other")
        }
    }

    /// Items nobody has classified yet.
    public static let unclassifiedTitle = Localized(ru: "Не классифицировано", en: "Not classified")
    public static let unclassifiedCode = "unclassified"
}

extension BlockReason {
    /// The reason in the report's language: the regulation's own words in Russian.
    public var reportTitle: Localized { wording }

    /// A block learned from VK with a reason outside the regulation's five.
    public static let unspecifiedTitle = Localized(ru: "причина не из п. 6.7 (блокировка во ВКонтакте)",
                                                   en: "reason outside 6.7 (blocked in VK)")
    public static let unspecifiedCode = "unspecified"
}
