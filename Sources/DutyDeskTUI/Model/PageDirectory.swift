import DutyDeskCore
import Foundation

/// A page as the inbox shows it.
public struct PageInfo: Sendable, Equatable {
    public let id: String
    public let name: String
    public let network: String
    public let departmentID: String

    public init(id: String, name: String, network: String, departmentID: String) {
        self.id = id
        self.name = name
        self.network = network
        self.departmentID = departmentID
    }
}

/// The pages, in a stable order, with each department's countdown clock.
public struct PageDirectory: Sendable {
    public let pages: [PageInfo]
    public let clocks: [String: DepartmentClock]
    private let departmentOfPage: [String: String]

    public init(pages: [PageInfo], clocks: [String: DepartmentClock]) {
        self.pages = pages.sorted { $0.id < $1.id }
        self.clocks = clocks
        departmentOfPage = Dictionary(pages.map { ($0.id, $0.departmentID) }, uniquingKeysWith: { a, _ in a })
    }

    public static let empty = PageDirectory(pages: [], clocks: [:])

    public func clock(forPage pageID: String) -> DepartmentClock? {
        departmentOfPage[pageID].flatMap { clocks[$0] }
    }

    public func page(_ id: String) -> PageInfo? {
        pages.first { $0.id == id }
    }

    /// Whether every clock's table still covers `now` comfortably.
    public func isFresh(at now: Int64) -> Bool {
        clocks.values.allSatisfy { $0.isFresh(at: now) }
    }

    /// The same pages with every table rebuilt around `now`.
    public func rebuilt(around now: Date) -> PageDirectory {
        PageDirectory(pages: pages, clocks: clocks.mapValues {
            DepartmentClock(timeline: $0.timeline, around: now, earliest: $0.earliest)
        })
    }
}
