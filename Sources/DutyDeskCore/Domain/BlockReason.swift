/// The only reasons for which the regulation (clause 6.7) allows blocking a user.
/// The raw value is the code stored in the database and typed on the command line.
public enum BlockReason: String, Sendable, Codable, CaseIterable {
    case insult
    case illegal
    case advertising
    case offtopic
    case spam

    /// The wording of regulation clause 6.7, shown next to the code so that the administrator
    /// picks the reason the regulation names, not a paraphrase of it.
    public var regulationText: String {
        switch self {
        case .insult: "оскорбления сотрудников библиотеки или пользователей"
        case .illegal: "призывы к незаконным действиям"
        case .advertising: "реклама посторонних (не библиотечных) услуг и продукции"
        case .offtopic: "комментарии на темы, не относящиеся к профилю деятельности отдела"
        case .spam: "спам (любая посторонняя информация)"
        }
    }

    /// The same reason in English, for an English interface.
    public var englishText: String {
        switch self {
        case .insult: "insulting library staff or users"
        case .illegal: "calls for illegal actions"
        case .advertising: "advertising of non-library services and products"
        case .offtopic: "comments on topics outside the department's remit"
        case .spam: "spam (any unrelated content)"
        }
    }

    /// The `reason` parameter of VK's `groups.ban` (0 other, 1 spam, 2 verbal abuse,
    /// 3 strong language, 4 irrelevant messages). VK has no code for advertising or illegal
    /// calls, so they map to the nearest one: advertising is spam, illegal is "other".
    public var vkReasonCode: Int {
        switch self {
        case .spam, .advertising: 1
        case .insult: 2
        case .offtopic: 4
        case .illegal: 0
        }
    }
}
