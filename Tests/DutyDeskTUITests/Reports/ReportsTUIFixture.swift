import DutyDeskCore
import Foundation
import GRDB
@testable import DutyDeskStore
@testable import DutyDeskTUI

/// A real database file for the reports panel and the item history: one department
/// (Mon–Fri 10:00–20:00, Moscow, no holidays), pages `p1` (VK) and `p2` (Telegram), and a small
/// quarter whose figures are worked out by hand. The clock: Thursday 2026-11-19 12:00 Moscow.
///
/// | item | page | story (Moscow time)                               | against the 6.2 deadline (1 working day) |
/// |------|------|---------------------------------------------------|------------------------------------------|
/// | A    | p1   | in Mon 11-09 15:00; reply 16:30 (ivanova, template) | on time                                |
/// | B    | p1   | in Mon 11-02 12:00; reply Wed 11-04 12:00           | due Tue 12:00: late                    |
/// | C    | p1   | in Tue 11-10 11:00; reply 11:30                     | on time                                |
/// | D    | p1   | in Wed 11-11 10:00; no reply                        | due Wed 20:00: overdue (and now)       |
/// | E    | p1   | in Thu 11-12 10:00; reply 10:10                     | on time                                |
/// | F    | p2   | in Mon 11-16 10:00; reply 11:00                     | on time                                |
///
/// p1: 3 of 5 on time (60,0 %); p2: 1 of 1 (100,0 %); all: 4 of 6 (66,7 %).
/// Weeks of 2026Q4 start on Mon 09-28 (14 weeks); 11-02 is week 6 (index 5), 11-09 week 7, 11-16 week 8.
struct ReportsTUIFixture {
    let folder: URL
    let database: DutyDeskDatabase
    let calendars: [String: PageCalendar]
    static let now = "2026-11-19 12:00"

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-tui-report-\(UUID().uuidString)")
        database = try DutyDeskDatabase.open(path: folder.appendingPathComponent("report.sqlite").path)
        let weekdays = Dictionary(uniqueKeysWithValues: [Weekday.mon, .tue, .wed, .thu, .fri].map {
            ($0, [try! OpenInterval(text: "10:00-20:00")])
        })
        let calendarJSON = try CalendarCoding.encode(WorkingCalendar(weeklyHours: weekdays, holidays: .none))
        calendars = try database.writer.write { db in
            try Meta.setValue(db, "Europe/Moscow", forKey: "default_timezone")
            try db.execute(sql: """
                INSERT INTO departments (id, name, timezone, calendar, updated_at) VALUES ('lib1', 'Библиотека № 1', 'Europe/Moscow', ?, 0);
                INSERT INTO pages (id, network, external_id, name, url, department_id)
                VALUES ('p1', 'vk', 1001, 'Библиотека № 1 — ВКонтакте', '', 'lib1'),
                       ('p2', 'telegram', -1002, 'Библиотека № 1 — Telegram', '', 'lib1');
                INSERT INTO staff (username, name) VALUES ('ivanova', 'Иванова Анна'), ('petrov', 'Петров Пётр');
                """, arguments: [calendarJSON])
            return try PageCalendars.loadAll(db)
        }
    }

    /// The hand-built quarter of the table above.
    func fill() throws {
        try message("A", .incoming, at: "2026-11-09 15:00")
        try message("A", .outgoing, at: "2026-11-09 16:30", outboxBy: "ivanova", templates: ["renewal-done"])
        try message("B", .incoming, at: "2026-11-02 12:00")
        try message("B", .outgoing, at: "2026-11-04 12:00")
        try message("C", .incoming, at: "2026-11-10 11:00")
        try message("C", .outgoing, at: "2026-11-10 11:30")
        try message("D", .incoming, at: "2026-11-11 10:00")
        try message("E", .incoming, at: "2026-11-12 10:00")
        try message("E", .outgoing, at: "2026-11-12 10:10")
        try message("F", page: "p2", .incoming, at: "2026-11-16 10:00")
        try message("F", page: "p2", .outgoing, at: "2026-11-16 11:00")
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Moscow local "2026-11-09 15:00".
    func date(_ text: String) -> Date {
        let parts = text.split(separator: " ")
        return calendars["p1"]!.timeline.instant(LocalDate(iso: String(parts[0]))!, TimeOfDay(text: String(parts[1]))!)
    }

    func seconds(_ text: String) -> Int64 { Int64(date(text).timeIntervalSince1970) }

    /// Adds a message to item `thread` (created on its first message) and refreshes its clock.
    @discardableResult
    func message(_ thread: String, page: String = "p1", _ direction: MessageDirection, at time: String,
                 outboxBy: String? = nil, templates: [String] = []) throws -> Int64 {
        try database.writer.write { db in
            let item = try ItemWriter.item(db, for: .init(pageID: page, kind: .message, key: thread), authorID: 555,
                                           authorName: "Читатель \(thread)", postID: nil, at: seconds(time))
            var key = "\(thread):\(time):\(direction.rawValue)"
            var outboxID: Int64?
            if let outboxBy {
                let ids = String(decoding: try JSONEncoder().encode(templates), as: UTF8.self)
                try db.execute(sql: """
                    INSERT INTO outbox (item_id, text, template_ids, edited, free_form, status, random_id, created_by, created_at, sent_at)
                    VALUES (?, 'Готово.', ?, 0, ?, 'sent', 1, ?, ?, ?)
                    """, arguments: [item, ids, templates.isEmpty, outboxBy, seconds(time), seconds(time)])
                outboxID = db.lastInsertedRowID
                key = "outbox:\(outboxID!)"
            }
            let message = try ItemWriter.add(db, .init(
                itemID: item, pageID: page, direction: direction, platformKey: key,
                authorID: direction == .incoming ? 555 : -1, authorName: "x", text: "Здравствуйте! Вопрос \(thread)",
                sentAt: seconds(time), rawJSON: "{}"))
            if let outboxID, let message {
                try db.execute(sql: "UPDATE messages SET outbox_id = ? WHERE id = ?", arguments: [outboxID, message])
            }
            try ItemClock.refresh(db, itemID: item, calendar: calendars[page]!)
            return item
        }
    }

    static let curator = Operator(username: "ivanova", name: "Иванова Анна", roles: [Operator.everyPage: .curator])
    static let coordinatorOfP1 = Operator(username: "ivanova", name: "Иванова Анна", roles: ["p1": .coordinator, "p2": .admin])
    static let adminOnly = Operator(username: "petrov", name: "Петров Пётр", roles: ["p1": .admin, "p2": .admin])

    func state(_ who: Operator?, size: ScreenSize = ScreenSize(width: 100, height: 30), language: Language = .ru,
               clockIsFixed: Bool = true) -> AppState {
        let session = Session(username: who?.username ?? "guest", staff: who, language: language, clockIsFixed: clockIsFixed,
                              localClock: LocalClock(timeZone: TimeZone(identifier: "Europe/Moscow")!))
        return AppState(size: size, session: session, now: date(Self.now))
    }

    /// A runtime on this database that does everything inline, started (the inbox loaded).
    func runtime(_ who: Operator?, size: ScreenSize = ScreenSize(width: 100, height: 30), language: Language = .ru) throws
        -> AppRuntime {
        let backend = try DatabaseBackend(database: database, staff: who, watchChanges: false)
        let runtime = AppRuntime.inline(state: state(who, size: size, language: language), backend: backend, allowsWrites: true)
        runtime.start()
        return runtime
    }

    /// The report the panel should show, straight from the Store.
    func currentReport(pages: Set<String>? = nil) throws -> QuarterReport {
        try database.reader.read { try QuarterFigures.currentReport($0, pageIDs: pages, now: date(Self.now)) }
    }
}
