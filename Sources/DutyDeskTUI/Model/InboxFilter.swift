import DutyDeskCore
import DutyDeskStore

/// What the inbox list shows: a page, a kind and a status. Remembered per operator between runs.
public struct InboxFilter: Codable, Equatable, Sendable {
    public enum PageScope: Codable, Equatable, Hashable, Sendable {
        case all
        /// The pages the operator has a role on.
        case mine
        case page(String)
    }

    public enum KindChoice: String, Codable, CaseIterable, Sendable {
        case all, message, comment
    }

    public enum StatusChoice: String, Codable, CaseIterable, Sendable {
        case unread, open, overdue, answered, all
    }

    public var page: PageScope
    public var kind: KindChoice
    public var status: StatusChoice

    public init(page: PageScope = .all, kind: KindChoice = .all, status: StatusChoice = .open) {
        self.page = page
        self.kind = kind
        self.status = status
    }

    /// Whether the list needs answered and closed items (the much longer history).
    public var needsSettledItems: Bool {
        switch status {
        case .unread, .answered, .all: true
        case .open, .overdue: false
        }
    }

    /// Whether time passing alone changes which items match.
    public var dependsOnTime: Bool { status == .overdue }

    public func pageMatches(_ pageID: String, myPages: Set<String>?) -> Bool {
        switch page {
        case .all: true
        case .mine: myPages?.contains(pageID) ?? true
        case .page(let id): id == pageID
        }
    }

    public func matches(_ item: InboxSummary, now: Int64, myPages: Set<String>?) -> Bool {
        matchesKindAndStatus(item, now: now) && pageMatches(item.pageID, myPages: myPages)
    }

    public func matchesKindAndStatus(_ item: InboxSummary, now: Int64) -> Bool {
        switch kind {
        case .all: break
        case .message: if item.kind != .message { return false }
        case .comment: if item.kind != .comment { return false }
        }
        switch status {
        case .unread: if !item.isUnread { return false }
        case .open: if item.status != .open { return false }
        case .overdue: if item.status != .open || (item.deadlineAt ?? .max) >= now { return false }
        case .answered: if item.status != .answered { return false }
        case .all: break
        }
        return true
    }
}
