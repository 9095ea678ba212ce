extension BlockReason {
    /// One or two words for a list column or a sentence ("спам", "реклама"); the code itself
    /// (`rawValue`) stays for the command line and JSON. At most 11 cells, the blocks panel's column.
    public var shortName: Localized {
        switch self {
        case .insult: Localized(ru: "оскорбление", en: "insult")
        case .illegal: Localized(ru: "незаконное", en: "illegal")
        case .advertising: Localized(ru: "реклама", en: "advertising")
        case .offtopic: Localized(ru: "не по теме", en: "off-topic")
        case .spam: Localized(ru: "спам", en: "spam")
        }
    }

    /// The regulation's wording (6.7) in the interface language.
    public var wording: Localized {
        Localized(ru: regulationText, en: englishText)
    }
}
