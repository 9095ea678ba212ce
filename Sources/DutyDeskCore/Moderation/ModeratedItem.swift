import Foundation

/// An inbox item as the moderation rules see it: what it is, where it stands, what it was
/// marked or classified as.
public struct ModeratedItem: Sendable, Equatable {
    public var id: Int64
    public var pageID: String
    public var kind: ItemKind
    public var status: ItemStatus
    public var isCritical: Bool
    public var isComplaint: Bool
    public var category: RequestCategory?
    public var escalatedAt: Date?

    public init(id: Int64, pageID: String, kind: ItemKind, status: ItemStatus, isCritical: Bool = false,
                isComplaint: Bool = false, category: RequestCategory? = nil, escalatedAt: Date? = nil) {
        self.id = id
        self.pageID = pageID
        self.kind = kind
        self.status = status
        self.isCritical = isCritical
        self.isComplaint = isComplaint
        self.category = category
        self.escalatedAt = escalatedAt
    }

    /// A critical remark by its mark or by its classification: either one is the administrator
    /// saying so, and 3.6 protects it either way.
    public var isCriticalRemark: Bool { isCritical || category == .criticalRemark }

    /// A complaint by its mark or by its classification.
    public var isAComplaint: Bool { isComplaint || category == .complaint }

    /// What 3.6 protects this item as, if anything (a complaint first: it is also owed to the head).
    public var protection: ModerationRefusal.Protected? {
        if isAComplaint { return .complaint }
        if isCriticalRemark { return .criticalRemark }
        return nil
    }
}

/// One message of an item, as the delete rule sees it.
public struct ModeratedMessage: Sendable, Equatable {
    public var id: Int64
    public var direction: MessageDirection
    public var deletedAt: Date?

    public init(id: Int64, direction: MessageDirection, deletedAt: Date? = nil) {
        self.id = id
        self.direction = direction
        self.deletedAt = deletedAt
    }
}

/// The two marks an administrator sets on an item (3.6, 3.7).
public enum ItemMark: String, Sendable, CaseIterable {
    case critical
    case complaint

    public var label: Localized {
        switch self {
        case .critical: Localized(ru: "критическое замечание", en: "critical remark")
        case .complaint: Localized(ru: "жалоба", en: "complaint")
        }
    }
}
