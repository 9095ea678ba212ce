/// The refusal to change a duty schedule, quoting the regulation, so that an administrator who
/// tries learns who may and why (the panel shows it as the read-only reason; the CLI exits 77).
public struct ScheduleEditDenied: OperatorFacingError, Equatable {
    public let denied: AccessDenied

    public init(_ denied: AccessDenied) {
        self.denied = denied
    }

    /// Regulation 6.1 as written, the part that puts the schedule in the coordinator's hands.
    public static let clause61 = "«Координатор сообщества обязан организовать дежурства администраторов, "
        + "позволяющие отвечать на сообщения и комментарии пользователей на протяжении всего времени работы отдела»"

    public var message: Localized {
        Localized(
            ru: denied.message.ru + " График дежурств составляет и изменяет координатор страницы или куратор "
                + "(п. 6.1 Регламента: \(Self.clause61)); координатора и администраторов назначает руководитель "
                + "библиотеки (п. 5.5).",
            en: denied.message.en + " The duty schedule is made and changed by the page's coordinator or the "
                + "curator (regulation 6.1: the page coordinator \"must organise the administrators' duty shifts "
                + "so that readers' messages and comments are answered throughout the department's working hours\"); "
                + "the coordinator and administrators are appointed by the library's head (5.5).")
    }
}

/// Who may edit which schedule: `AccessPolicy`'s `.editSchedule`, with the refusal explained.
public enum ScheduleEditing {
    public static func check(page pageID: String, by who: Operator?) throws(ScheduleEditDenied) {
        do {
            try AccessPolicy.check(.editSchedule, page: pageID, by: who)
        } catch {
            throw ScheduleEditDenied(error)
        }
    }

    /// Nil when `who` may edit the page's schedule; else why not (for a read-only panel).
    public static func refusal(page pageID: String, by who: Operator?) -> ScheduleEditDenied? {
        do {
            try check(page: pageID, by: who)
            return nil
        } catch {
            return error
        }
    }

    /// An absence changes the schedules of every page the person is on duty for; recording it
    /// needs the right to edit at least one of them (their coordinator), or the curator's.
    public static func checkAbsence(of member: StaffMember, by who: Operator?) throws(ScheduleEditDenied) {
        let pages = member.roles.keys.filter { $0 != StaffMember.everyPage }.sorted()
        var firstRefusal: ScheduleEditDenied?
        for page in pages {
            guard let refusal = refusal(page: page, by: who) else { return }
            firstRefusal = firstRefusal ?? refusal
        }
        if let firstRefusal { throw firstRefusal }
        do {
            try AccessPolicy.check(.editSchedule, page: nil, by: who)
        } catch {
            throw ScheduleEditDenied(error)
        }
    }
}
