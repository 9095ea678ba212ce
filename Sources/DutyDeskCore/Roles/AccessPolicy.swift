/// The role rules, checked in Core so that the CLI refuses exactly what the TUI would.
public enum AccessPolicy {
    static let rank: [StaffRole: Int] = [.head: 0, .admin: 1, .coordinator: 2, .curator: 3]

    /// Throws unless `who` may do `action` on the page (nil page: an action on the whole
    /// organisation, which needs the role everywhere, i.e. the curator).
    public static func check(_ action: OperatorAction, page pageID: String?, by who: Operator?) throws(AccessDenied) {
        guard let who else {
            throw AccessDenied(action: action, pageID: pageID, reason: .unknownUser)
        }
        let role = pageID.map { who.role(on: $0) } ?? (who.isCurator ? .curator : nil)
        guard let role, let have = rank[role], let need = rank[action.minimumRole], have >= need else {
            throw AccessDenied(action: action, pageID: pageID, reason: .roleTooLow(who.username, role))
        }
    }

    public static func allows(_ action: OperatorAction, page pageID: String?, by who: Operator?) -> Bool {
        do {
            try check(action, page: pageID, by: who)
            return true
        } catch {
            return false
        }
    }
}

public struct AccessDenied: OperatorFacingError, Equatable {
    public enum Reason: Sendable, Equatable {
        case unknownUser
        case roleTooLow(String, StaffRole?)
    }

    public let action: OperatorAction
    public let pageID: String?
    public let reason: Reason

    public var message: Localized {
        let what = action.describedAs
        let whereRU = pageID.map { " на странице \($0)" } ?? ""
        let whereEN = pageID.map { " on page \($0)" } ?? ""
        switch reason {
        case .unknownUser:
            return Localized(
                ru: "Нет прав \(what.ru)\(whereRU): вы не найдены среди сотрудников, доступ только для чтения.",
                en: "Not allowed to \(what.en)\(whereEN): you are not a staff member, access is read-only.")
        case .roleTooLow(let user, let role?):
            return Localized(
                ru: "Нет прав \(what.ru)\(whereRU): у пользователя \(user) роль «\(role.title.ru)».",
                en: "Not allowed to \(what.en)\(whereEN): \(user) has role '\(role.title.en)'.")
        case .roleTooLow(let user, nil) where pageID != nil:
            return Localized(
                ru: "Нет прав \(what.ru)\(whereRU): у пользователя \(user) нет роли на этой странице.",
                en: "Not allowed to \(what.en)\(whereEN): \(user) has no role on this page.")
        case .roleTooLow(let user, nil) where action == .quarterlyReport:
            // Reports are per page: a coordinator sees theirs, so "only the curator" would mislead.
            return Localized(
                ru: "Нет прав \(what.ru): её видят куратор (по всем страницам) и координатор страницы (по своим страницам), а пользователь \(user) не куратор и не координатор ни одной страницы.",
                en: "Not allowed to \(what.en): the curator sees every page and a page's coordinator their pages, and \(user) is neither.")
        case .roleTooLow(let user, nil):
            // An action on the whole organisation: only the curator's role covers it.
            return Localized(
                ru: "Нет прав \(what.ru): это может только \(StaffRole.curator.title.ru), у пользователя \(user) такой роли нет.",
                en: "Not allowed to \(what.en): only the \(StaffRole.curator.title.en) may, and \(user) has no such role.")
        }
    }
}
