import DutyDeskCore

/// The organisation has no pages yet (nothing was set up).
struct NoPagesToShow: OperatorFacingError {
    var message: Localized {
        Localized(ru: "Страниц пока нет: сначала загрузите организацию (dutydesk setup).",
                  en: "There are no pages yet: load the organisation first (dutydesk setup).")
    }
}

/// Which page the panel opens on when none was chosen yet.
enum DutyPagePick {
    /// Each department's pages in order, then the department itself when it has several.
    static func scopes(_ pages: [(pageID: String, departmentID: String)]) -> [DutyScope] {
        let byDepartment = Dictionary(grouping: pages, by: \.departmentID)
        return byDepartment.keys.sorted().flatMap { department -> [DutyScope] in
            let own = byDepartment[department]!.map(\.pageID).sorted().map(DutyScope.page)
            return own.count > 1 ? own + [.department(department)] : own
        }
    }

    /// A page the operator coordinates, else one they work on, else the first page.
    static func preferred(staff: Operator?, among pageIDs: [String]) -> String? {
        let roles = staff?.roles ?? [:]
        return pageIDs.first { roles[$0] == .coordinator } ?? pageIDs.first { roles[$0] != nil } ?? pageIDs.first
    }
}
