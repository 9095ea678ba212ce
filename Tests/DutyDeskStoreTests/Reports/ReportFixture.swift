import DutyDeskCore
import Foundation
import GRDB
@testable import DutyDeskStore

/// A real database file with one department (Mon–Fri 10:00–20:00, Moscow, no holidays) and two
/// pages on it, `p1` (VK) and `p2` (Telegram), for the report tests. Times are Moscow local
/// ("2026-11-09 15:00").
struct ReportFixture {
    let folder: URL
    let database: DutyDeskDatabase
    let calendars: [String: PageCalendar]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-report-\(UUID().uuidString)")
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

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Moscow local "2026-11-09 15:00" as Unix seconds.
    func at(_ text: String) -> Int64 {
        let parts = text.split(separator: " ")
        let timeline = calendars["p1"]!.timeline
        return Int64(timeline.instant(LocalDate(iso: String(parts[0]))!, TimeOfDay(text: String(parts[1]))!).timeIntervalSince1970)
    }

    func date(_ text: String) -> Date { Date(timeIntervalSince1970: TimeInterval(at(text))) }

    /// How a reply was sent through dutydesk (an outbox entry), or nil for one made elsewhere.
    struct Outbox {
        let by: String
        var templates: [String] = []
        var edited = false
        var freeForm: Bool { templates.isEmpty }
    }

    /// Adds a message to the item `thread` of a page (created on its first message) and brings
    /// the item's clock up to date. Returns the item id.
    @discardableResult
    func message(_ thread: String, page: String = "p1", kind: ItemKind = .message, _ direction: MessageDirection,
                 at time: String, text: String = "Здравствуйте!", outbox: Outbox? = nil) throws -> Int64 {
        try database.writer.write { db in
            let item = try ItemWriter.item(db, for: .init(pageID: page, kind: kind, key: thread), authorID: 555,
                                           authorName: "Читатель", postID: kind == .comment ? 1 : nil, at: at(time))
            var key = "\(thread):\(time):\(direction.rawValue)"
            var outboxID: Int64?
            if let outbox {
                let templates = String(decoding: try JSONEncoder().encode(outbox.templates), as: UTF8.self)
                try db.execute(sql: """
                    INSERT INTO outbox (item_id, text, template_ids, edited, free_form, status, random_id, created_by, created_at, sent_at)
                    VALUES (?, ?, ?, ?, ?, 'sent', 1, ?, ?, ?)
                    """, arguments: [item, text, templates, outbox.edited, outbox.freeForm, outbox.by, at(time), at(time)])
                outboxID = db.lastInsertedRowID
                key = "outbox:\(outboxID!)"
            }
            let message = try ItemWriter.add(db, .init(
                itemID: item, pageID: page, direction: direction, platformKey: key,
                authorID: direction == .incoming ? 555 : -1, authorName: "x", text: text, sentAt: at(time), rawJSON: "{}"))
            if let outboxID, let message {
                try db.execute(sql: "UPDATE messages SET outbox_id = ? WHERE id = ?", arguments: [outboxID, message])
            }
            try ItemClock.refresh(db, itemID: item, calendar: calendars[page]!)
            return item
        }
    }

    func execute(_ sql: String, _ arguments: StatementArguments = []) throws {
        try database.writer.write { db in try db.execute(sql: sql, arguments: arguments) }
    }

    func refreshClock(_ item: Int64, page: String) throws {
        try database.writer.write { db in try ItemClock.refresh(db, itemID: item, calendar: calendars[page]!) }
    }
}
