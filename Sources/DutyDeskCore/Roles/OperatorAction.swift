/// Everything an operator can do that changes something or reveals restricted figures.
/// Every such action goes through `AccessPolicy.check`, from the TUI and the CLI alike.
public enum OperatorAction: String, Sendable, CaseIterable {
    case markRead, reply, classify, mark, escalate, block, unblock, deleteComment, close, reopen
    case editSchedule, editStaff, editTemplates
    case quarterlyReport, audit, importOrganisation

    /// The least role on a page that may do this; the curator may do everything.
    var minimumRole: StaffRole {
        switch self {
        case .markRead, .reply, .classify, .mark, .escalate, .block, .unblock, .deleteComment, .close, .reopen:
            .admin
        case .editSchedule, .editStaff, .editTemplates, .quarterlyReport:
            .coordinator
        case .audit, .importOrganisation:
            .curator
        }
    }

    var describedAs: Localized {
        switch self {
        case .markRead: Localized(ru: "отметить прочтение", en: "mark as read")
        case .reply: Localized(ru: "отвечать", en: "reply")
        case .classify: Localized(ru: "классифицировать обращения", en: "classify requests")
        case .mark: Localized(ru: "отмечать жалобы и критические замечания", en: "mark complaints and critical remarks")
        case .escalate: Localized(ru: "передавать жалобы руководителю", en: "escalate complaints")
        case .block: Localized(ru: "блокировать пользователей", en: "block users")
        case .unblock: Localized(ru: "разблокировать пользователей", en: "unblock users")
        case .deleteComment: Localized(ru: "удалять комментарии", en: "delete comments")
        case .close: Localized(ru: "закрывать обращения без ответа", en: "close items without a reply")
        case .reopen: Localized(ru: "открывать обращения заново", en: "reopen items")
        case .editSchedule: Localized(ru: "изменять график дежурств", en: "edit the duty schedule")
        case .editStaff: Localized(ru: "изменять состав администраторов", en: "edit staff")
        case .editTemplates: Localized(ru: "изменять шаблоны ответов", en: "edit reply templates")
        case .quarterlyReport: Localized(ru: "формировать квартальную статистику", en: "build the quarterly report")
        case .audit: Localized(ru: "проводить аудит", en: "audit pages")
        case .importOrganisation: Localized(ru: "загружать структуру организации", en: "import the organisation")
        }
    }
}
