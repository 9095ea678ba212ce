import DutyDeskCore
import Foundation
import GRDB
@testable import DutyDeskStore

/// A real database file with one department (Mon–Fri 10–20 Moscow, no holidays) and one VK page.
struct InboxFixture {
    let folder: URL
    let database: DutyDeskDatabase
    let calendar: PageCalendar

    static let weekdays = Dictionary(uniqueKeysWithValues: [Weekday.mon, .tue, .wed, .thu, .fri].map {
        ($0, [try! OpenInterval(text: "10:00-20:00")])
    })

    init(calendar workingCalendar: WorkingCalendar = WorkingCalendar(weeklyHours: weekdays, holidays: .none)) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-inbox-\(UUID().uuidString)")
        database = try DutyDeskDatabase.open(path: folder.appendingPathComponent("inbox.sqlite").path)
        let calendarJSON = try CalendarCoding.encode(workingCalendar)
        calendar = try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO departments (id, name, timezone, calendar, updated_at) VALUES ('lib1', 'Библиотека № 1', ?, ?, 0)
                """, arguments: [workingCalendar.timeZoneIdentifier, calendarJSON])
            try db.execute(sql: """
                INSERT INTO pages (id, network, external_id, name, url, department_id)
                VALUES ('lib1-vk', 'vk', 123456, 'Библиотека № 1', 'https://vk.com/club123456', 'lib1')
                """)
            return try PageCalendars.load(db, pageID: "lib1-vk")
        }
    }

    /// Moscow local time "2026-11-09 15:00" as Unix seconds.
    func at(_ text: String) -> Int64 {
        let parts = text.split(separator: " ")
        let date = LocalDate(iso: String(parts[0]))!
        return Int64(calendar.timeline.instant(date, TimeOfDay(text: String(parts[1]))!).timeIntervalSince1970)
    }

    func localText(_ seconds: Int64?) -> String? {
        seconds.map { value in
            let instant = Date(timeIntervalSince1970: TimeInterval(value))
            return "\(calendar.timeline.localDate(of: instant)) \(calendar.timeline.localTime(of: instant))"
        }
    }

    /// Adds a message to the conversation with reader `reader` and refreshes its clock.
    @discardableResult
    func message(_ direction: MessageDirection, at time: String, reader: Int64 = 555001, key: String,
                 text: String = "Здравствуйте!") throws -> Int64 {
        try database.writer.write { db in
            let item = try ItemWriter.item(db, for: .init(pageID: "lib1-vk", kind: .message, key: String(reader)),
                                           authorID: reader, authorName: "Читатель \(reader)", postID: nil, at: at(time))
            try ItemWriter.add(db, .init(itemID: item, pageID: "lib1-vk", direction: direction, platformKey: key,
                                         authorID: direction == .incoming ? reader : -123456, authorName: "x",
                                         text: text, sentAt: at(time), rawJSON: "{}"))
            try ItemClock.refresh(db, itemID: item, calendar: calendar)
            return item
        }
    }

    func item(_ id: Int64) throws -> Row {
        try database.reader.read { try Row.fetchOne($0, sql: "SELECT * FROM items WHERE id = ?", arguments: [id])! }
    }
}
