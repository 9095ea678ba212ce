import DutyDeskCore
import DutyDeskStore
import Foundation
import GRDB

/// Everything the TUI asks of the database, behind one protocol so the loop can be tested and
/// measured without a terminal. The real one calls Store functions; no SQL here.
public protocol InboxBackend: Sendable {
    /// The open items only: what the first screen needs, fast.
    func loadOpen(now: Date) throws -> InboxLoad
    /// Every item, the pages and the roster.
    func loadAll(now: Date) throws -> InboxLoad
    func rowTexts(_ ids: [Int64]) throws -> [Int64: InboxRowText]
    func thread(_ itemID: Int64) throws -> InboxThread?
    func search(_ text: String) throws -> Set<Int64>
    func markRead(_ itemID: Int64, at: Date) throws -> ReadMarks.Outcome
    /// True when something was committed since the last call.
    func hasChanged() throws -> Bool
    /// The database itself, for the features beyond the inbox; nil for a scripted scene.
    var database: DutyDeskDatabase? { get }
}

public struct DatabaseBackend: InboxBackend {
    let store: DutyDeskDatabase
    let staff: Operator?
    let probe: DatabaseChangeProbe?

    public init(database: DutyDeskDatabase, staff: Operator?, watchChanges: Bool) throws {
        store = database
        self.staff = staff
        probe = watchChanges ? try DatabaseChangeProbe(path: database.path) : nil
    }

    public func loadOpen(now: Date) throws -> InboxLoad {
        try store.reader.read { db in
            let open = try InboxIndexQuery.openItems(db, now: now)
            return InboxLoad(items: open, includesSettled: false, pages: try Self.pages(db, now: now, open: open),
                             roster: try OnDutyRoster.load(db, around: now))
        }
    }

    public func loadAll(now: Date) throws -> InboxLoad {
        try store.reader.read { db in
            let open = try InboxIndexQuery.openItems(db, now: now)
            let settled = try InboxIndexQuery.settledItems(db, now: now)
            return InboxLoad(items: InboxIndexQuery.merged(open: open, settled: settled), includesSettled: true,
                             pages: try Self.pages(db, now: now, open: open), roster: try OnDutyRoster.load(db, around: now))
        }
    }

    /// The pages with a countdown clock per department, reaching back to its oldest open deadline.
    static func pages(_ db: Database, now: Date, open: [InboxSummary]) throws -> PageDirectory {
        let calendars = try PageCalendars.loadAll(db)
        var earliest: [String: Int64] = [:]
        for item in open {
            guard let deadline = item.deadlineAt, let department = calendars[item.pageID]?.departmentID else { continue }
            earliest[department] = min(earliest[department] ?? deadline, deadline)
        }
        var clocks: [String: DepartmentClock] = [:]
        for calendar in calendars.values where clocks[calendar.departmentID] == nil {
            let oldest = earliest[calendar.departmentID].map { Date(timeIntervalSince1970: TimeInterval($0)) }
            clocks[calendar.departmentID] = DepartmentClock(timeline: calendar.timeline, around: now, earliest: oldest)
        }
        let pages = calendars.values.map {
            PageInfo(id: $0.pageID, name: $0.pageName, network: $0.network, departmentID: $0.departmentID)
        }
        return PageDirectory(pages: pages, clocks: clocks)
    }

    public func rowTexts(_ ids: [Int64]) throws -> [Int64: InboxRowText] {
        try store.reader.read { try InboxRowTextQuery.texts($0, ids: ids) }
    }

    public func thread(_ itemID: Int64) throws -> InboxThread? {
        try store.reader.read { try ThreadQuery.thread($0, itemID: itemID) }
    }

    public func search(_ text: String) throws -> Set<Int64> {
        try store.reader.read { try InboxSearchQuery.matchingItemIDs($0, text: text) }
    }

    public func markRead(_ itemID: Int64, at: Date) throws -> ReadMarks.Outcome {
        try store.writer.write { try ReadMarks.markRead($0, itemID: itemID, by: staff, at: at) }
    }

    public var database: DutyDeskDatabase? { store }

    public func hasChanged() throws -> Bool {
        try probe?.hasChanged() ?? false
    }
}
