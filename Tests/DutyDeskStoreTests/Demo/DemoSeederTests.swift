import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// `dutydesk demo` on a real database file, at several clocks: the inbox the spec promises.
struct DemoSeederTests {
    static let clocks = [
        "2026-12-01T16:30:00Z", // Tuesday 19:30 in Moscow: some libraries open, the children's closed
        "2026-11-29T09:00:00Z", // Sunday noon
        "2026-12-07T06:00:00Z", // Monday 09:00, before anything opens
    ]

    func seeded(at clock: String) throws -> (DutyDeskDatabase, Date) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString).sqlite").path
        let database = try DutyDeskDatabase.open(path: path)
        let now = ISO8601DateFormatter().date(from: clock)!
        #expect(try DemoSeeder.seed(database, now: now, actor: "tester") != .alreadyThere)
        return (database, now)
    }

    @Test(arguments: clocks)
    func inboxHasEveryKindOfItemTheSpecAsksFor(clock: String) throws {
        let (database, now) = try seeded(at: clock)
        let all = try database.reader.read { try InboxQuery.entries($0, now: now, filter: .init(statuses: Set(ItemStatus.allCases))) }
        let open = all.filter { $0.status == "open" }
        #expect(all.count >= 60)
        #expect(open.contains { ($0.remainingSeconds ?? 0) < 0 }, "overdue")
        #expect(open.contains { ($0.remainingSeconds ?? -1) > 0 && ($0.remainingSeconds ?? 0) <= 3600 }, "due within the hour")
        #expect(open.contains { $0.readBy.isEmpty }, "unread")
        #expect(all.contains { $0.status == "answered" })
        #expect(all.contains { $0.status == "closed" })
        #expect(all.contains { $0.isComplaint })
        #expect(all.contains { $0.isCritical })
        #expect(all.contains { $0.category == "spam" })
        #expect(all.contains { $0.authorBlocked })
        #expect(Set(all.map(\.network)) == ["vk", "telegram"])
        #expect(all.contains { $0.text.contains("\u{1B}") }, "a hostile message to exercise sanitising")
    }

    @Test func someItemsArePausedWhenTheirDepartmentIsClosed() throws {
        let (database, now) = try seeded(at: Self.clocks[0])
        let open = try database.reader.read { try InboxQuery.entries($0, now: now) }
        #expect(open.contains { !$0.departmentOpen && ($0.remainingSeconds ?? -1) > 0 })
        #expect(open.contains { $0.departmentOpen })
    }

    @Test func runningItTwiceChangesNothing() throws {
        let (database, now) = try seeded(at: Self.clocks[0])
        let before = try snapshot(database)
        #expect(try DemoSeeder.seed(database, now: now.addingTimeInterval(3600), actor: "tester") == .alreadyThere)
        #expect(try snapshot(database) == before)
        #expect(try database.reader.read(DemoMarker.isDemo))
    }

    @Test func aWeekOfDutyShiftsCoversEveryOpenHourOfEachPage() throws {
        let (database, now) = try seeded(at: Self.clocks[0])
        try database.reader.read { db in
            for (pageID, calendar) in try PageCalendars.loadAll(db) {
                let timeline = calendar.timeline
                let today = timeline.localDate(of: now)
                let monday = today.adding(days: -Weekday.allCases.firstIndex(of: today.weekday)!)
                let shifts = try Row.fetchAll(db, sql: "SELECT starts_at, ends_at FROM duty_shifts WHERE page_id = ?",
                                              arguments: [pageID])
                    .map { DateInterval(start: Date(timeIntervalSince1970: TimeInterval($0["starts_at"] as Int64)),
                                        end: Date(timeIntervalSince1970: TimeInterval($0["ends_at"] as Int64))) }
                #expect(!shifts.isEmpty, "\(pageID) has shifts")
                for offset in 0..<7 {
                    for period in timeline.periods(on: monday.adding(days: offset)) {
                        let covered = shifts.filter { $0.intersects(period) }
                            .reduce(0) { $0 + ($1.intersection(with: period)?.duration ?? 0) }
                        #expect(covered == period.duration, "\(pageID) \(period)")
                    }
                }
            }
        }
    }

    private func snapshot(_ database: DutyDeskDatabase) throws -> [String: Int] {
        try database.reader.read { db in
            var counts: [String: Int] = [:]
            for table in ["items", "messages", "item_reads", "blocks", "duty_shifts", "staff", "pages", "audit_log"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            counts["deadline_sum"] = try Int.fetchOne(db, sql: "SELECT TOTAL(deadline_at) FROM items")
            return counts
        }
    }
}
