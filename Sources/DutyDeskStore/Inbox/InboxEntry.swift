import DutyDeskCore
import Foundation

/// One line of the inbox as every screen and `inbox --json` sees it.
public struct InboxEntry: Sendable, Equatable {
    public let id: Int64
    public let pageID: String
    public let network: String
    public let kind: String
    public let authorID: Int64
    public let author: String
    public let text: String
    public let arrivedAt: Date?
    public let deadlineAt: Date?
    /// Open (working) time left to the deadline, negative when overdue; nil without a deadline.
    public let remainingSeconds: Int?
    public let status: String
    public let category: String?
    public let readBy: [String]
    public let isCritical: Bool
    public let isComplaint: Bool
    public let isEscalated: Bool
    public let authorBlocked: Bool
    /// Whether the page's department is open at the moment the entry was computed.
    public let departmentOpen: Bool
}
