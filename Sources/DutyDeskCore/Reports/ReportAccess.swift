/// Who may see which figures and which part of the audit log. The rules are `AccessPolicy`'s
/// (`.quarterlyReport`: coordinator of the page or curator; `.audit`: curator), applied to the
/// reports' page choices here so the CLI and the TUI refuse alike.
public enum ReportAccess {
    /// The pages `who` gets the quarterly report of. Pages asked for are each checked; with none
    /// asked for, the curator gets every page (nil) and a coordinator the pages they coordinate.
    public static func reportPages(requested: Set<String>, by who: Operator?) throws(AccessDenied) -> Set<String>? {
        if !requested.isEmpty {
            for page in requested.sorted() {
                try AccessPolicy.check(.quarterlyReport, page: page, by: who)
            }
            return requested
        }
        guard let who else { throw AccessDenied(action: .quarterlyReport, pageID: nil, reason: .unknownUser) }
        if who.isCurator { return nil }
        let coordinated = Set((who.pageIDs ?? []).filter { AccessPolicy.allows(.quarterlyReport, page: $0, by: who) })
        guard !coordinated.isEmpty else {
            // No page to report on: the refusal names the whole-organisation report.
            try AccessPolicy.check(.quarterlyReport, page: nil, by: who)
            return nil
        }
        return coordinated
    }

    /// The part of the audit log `who` may read: everything for the curator, otherwise the
    /// entries about the pages they have a role on. Pages asked for narrow it down, and must be
    /// among those. Nil: every entry. Someone who is not staff reads nothing.
    public static func auditLogPages(requested: Set<String> = [], by who: Operator?) throws(AccessDenied) -> Set<String>? {
        guard let who else { throw AccessDenied(action: .audit, pageID: nil, reason: .unknownUser) }
        if who.isCurator { return requested.isEmpty ? nil : requested }
        let pages = who.pageIDs ?? []
        for page in requested.sorted() where !pages.contains(page) {
            throw AccessDenied(action: .audit, pageID: page, reason: .roleTooLow(who.username, who.role(on: page)))
        }
        guard !pages.isEmpty else {
            throw AccessDenied(action: .audit, pageID: nil, reason: .roleTooLow(who.username, nil))
        }
        return requested.isEmpty ? pages : requested
    }
}
