import DutyDeskCore
import Foundation
import GRDB

/// A large synthetic inbox for `dutydesk bench tui`: 50 pages on 10 departments, a chosen
/// number of items of ten messages each (100,000 items = 1,000,000 messages). Written with
/// set-based SQL (recursive CTEs) because a million inserts through Swift would take minutes;
/// only the open items' deadlines are computed in Swift, with the real calendar rule.
///
/// Shape: item i's ten messages alternate reader and page, then two reader messages; the
/// item is open (the last two unanswered) for two in three of the newest items, answered
/// otherwise. Item i is about i × 5 minutes old, so open items cover the last weeks: some due
/// soon, many overdue — a backlog that stresses the list, as the benchmark should.
public enum LargeInboxSeeder {
    public static let pageCount = 50
    public static let messagesPerItem = 10

    public struct Summary: Sendable, Equatable {
        public let items: Int
        public let messages: Int
        public let openItems: Int
    }

    public static func seed(_ database: DutyDeskDatabase, items: Int, openItems: Int, now: Date) throws -> Summary {
        let organisation = try OrganisationFileReader.read(text: organisationYAML(), fileName: "bench-organisation.yaml")
        let nowSeconds = Int64(now.timeIntervalSince1970)
        return try database.writer.write { db in
            try OrganisationImport.apply(organisation, to: db, actor: "bench", at: now)
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('bench', '1')")
            try createNames(db)
            // The newest `openWindow` items hold the open ones (two in three of them).
            let openWindow = openItems * 3 / 2
            try insertItems(db, count: items, openWindow: openWindow, now: nowSeconds)
            try insertMessages(db, count: items * messagesPerItem, now: nowSeconds)
            try db.execute(sql: "DROP TABLE bench_names")
            try setDeadlines(db)
            try insertReadsAndBlocks(db, now: nowSeconds)
            try insertShifts(db, organisation: organisation, now: now)
            let open = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM items WHERE status = 'open'") ?? 0
            return Summary(items: items, messages: items * messagesPerItem, openItems: open)
        }
    }

    static func pageID(_ index: Int) -> String { String(format: "lib%02d-%@", index / 5 + 1, index % 5 == 4 ? "tg" : "vk\(index % 5 + 1)") }

    /// Reader names, joined by number so that SQL can pick one per item.
    static func createNames(_ db: Database) throws {
        let given = ["Анна", "Ольга", "Дмитрий", "Игорь", "Мария", "Сергей", "Елена", "Алексей", "Наталья", "Павел"]
        let family = ["Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Козлова", "Новиков",
                      "Морозова", "Петров", "Волкова", "Фёдоров", "Михайлова", "Егоров", "Павлова", "Степанов",
                      "Никитина", "Орлов", "Андреева", "Макаров"]
        try db.execute(sql: "CREATE TEMP TABLE bench_names (k INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        for (index, pair) in family.flatMap({ f in given.map { (f, $0) } }).enumerated() {
            try db.execute(sql: "INSERT INTO bench_names VALUES (?, ?)", arguments: [index, "\(pair.1) \(pair.0)"])
        }
    }

    /// The text of message number n (1-based over all messages): varied, Cyrillic, of real length.
    static func textSQL(_ n: String) -> String {
        """
        (CASE (\(n)) % 8
          WHEN 0 THEN 'Здравствуйте! Продлите, пожалуйста, книги по билету ' || printf('%04d-%06d', (\(n)) % 9973, (\(n)) % 999983) || '. Срок до пятницы, прийти не смогу.'
          WHEN 1 THEN 'Добрый день. Хочу получить логин и пароль для Виртуального читального зала, билет ' || printf('%06d', (\(n)) % 999983) || '.'
          WHEN 2 THEN 'Подскажите, пожалуйста, до какого часа сегодня работает библиотека и нужна ли запись на лекцию № ' || ((\(n)) % 97) || '?'
          WHEN 3 THEN 'Спасибо за ответ! А можно ещё забронировать продолжение? Заберу в субботу.'
          WHEN 4 THEN 'Посоветуйте, что почитать по истории района, хочу пройтись с внуком по старым местам 📚'
          WHEN 5 THEN 'Wi-fi в читальном зале опять не работает, розеток мало. Когда починят? Обращение ' || (\(n)) || '.'
          WHEN 6 THEN 'Здравствуйте! Можно ли записаться в библиотеку без постоянной прописки? Что взять с собой?'
          ELSE 'Нужна статья из журнала «Нева» за ' || (1960 + (\(n)) % 60) || ' год, № ' || (1 + (\(n)) % 12) || '. Можно получить скан?'
        END)
        """
    }

    /// Times: item i's first message at base(i); message s (0…9) ten minutes apart.
    static func baseSQL(_ item: String, now: Int64) -> String { "(\(now) - (\(item)) * 300 - 5400)" }

    static func insertItems(_ db: Database, count: Int, openWindow: Int, now: Int64) throws {
        let base = baseSQL("x", now: now)
        let open = "(x <= \(openWindow) AND x % 3 <> 0)"
        try db.execute(sql: """
            WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < \(count))
            INSERT INTO items (id, page_id, kind, thread_key, author_id, author_name, post_id, status, clock_started_at,
                               has_deadline, last_incoming_at, last_outgoing_at, last_message_at, preview, message_count,
                               category, created_at)
            SELECT x, p.id, CASE WHEN x % 3 = 0 THEN 'comment' ELSE 'message' END, 'bench:' || x, 100000 + x,
                   (SELECT name FROM bench_names WHERE k = x % 200), CASE WHEN x % 3 = 0 THEN x ELSE NULL END,
                   CASE WHEN \(open) THEN 'open' ELSE 'answered' END,
                   CASE WHEN \(open) THEN \(base) + 4800 ELSE NULL END,
                   1,
                   \(base) + CASE WHEN \(open) THEN 5400 ELSE 4800 END,
                   \(base) + 4200,
                   \(base) + 5400,
                   \(textSQL("(x - 1) * 10 + CASE WHEN \(open) THEN 10 ELSE 9 END")),
                   10,
                   CASE WHEN \(open) THEN NULL ELSE 'consultation' END,
                   \(base)
            FROM n JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM pages) p ON p.k = x % \(pageCount)
            """)
    }

    static func insertMessages(_ db: Database, count: Int, now: Int64) throws {
        // Message n belongs to item (n-1)/10+1 as its (n-1)%10-th; even ones and the last two of
        // an open item come from the reader.
        let item = "((x - 1) / 10 + 1)"
        let seq = "((x - 1) % 10)"
        try db.execute(sql: """
            WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < \(count))
            INSERT INTO messages (item_id, page_id, direction, platform_key, author_id, author_name, text, sent_at, raw_json)
            SELECT \(item), i.page_id,
                   CASE WHEN \(seq) % 2 = 0 OR \(seq) = 8 OR (\(seq) = 9 AND i.status = 'open') THEN 'in' ELSE 'out' END,
                   'bench:' || x, i.author_id, i.author_name, \(textSQL("x")),
                   \(baseSQL(item, now: now)) + \(seq) * 600, '{"source":"bench"}'
            FROM n JOIN items i ON i.id = \(item)
            """)
    }

    /// The open items' deadlines by the real rule, from each page's calendar.
    static func setDeadlines(_ db: Database) throws {
        let calendars = try PageCalendars.loadAll(db)
        let rows = try Row.fetchAll(db, sql: "SELECT id, page_id, clock_started_at FROM items WHERE status = 'open'")
        let update = try db.makeStatement(sql: "UPDATE items SET deadline_at = ?, has_deadline = ? WHERE id = ?")
        for row in rows {
            guard let calendar = calendars[row["page_id"]] else { continue }
            let start = Date(timeIntervalSince1970: TimeInterval(row["clock_started_at"] as Int64))
            let due = calendar.timeline.replyDeadline(forArrival: start).map { Int64($0.dueAt.timeIntervalSince1970.rounded()) }
            try update.execute(arguments: [due, due == nil ? 0 : 1, row["id"]])
        }
    }

    static func insertReadsAndBlocks(_ db: Database, now: Int64) throws {
        // Every answered item and half the open ones were read by an administrator of the page.
        try db.execute(sql: """
            INSERT INTO item_reads (item_id, username, read_at)
            SELECT i.id, 'admin' || printf('%02d', i.id % 20 + 1), i.last_message_at + 60 FROM items i
            WHERE i.status <> 'open' OR i.id % 2 = 0
            """)
        try db.execute(sql: """
            INSERT INTO blocks (page_id, user_id, user_name, reason, from_at, until_at, blocked_by, source)
            SELECT page_id, author_id, author_name, 'spam', \(now) - 86400, \(now) + 30 * 86400, 'admin01', 'dutydesk'
            FROM items WHERE id % 997 = 0
            """)
    }

    /// This week's shifts: every open period of each page, taken in turn by its administrators.
    static func insertShifts(_ db: Database, organisation: Organisation, now: Date) throws {
        let calendars = try PageCalendars.loadAll(db)
        for page in organisation.pages {
            guard let timeline = calendars[page.id]?.timeline else { continue }
            let team = organisation.staff.filter { $0.roles[page.id] != nil }.map(\.username).sorted()
            guard !team.isEmpty else { continue }
            let today = timeline.localDate(of: now)
            var turn = 0
            for offset in -1..<7 {
                for period in timeline.periods(on: today.adding(days: offset)) {
                    try db.execute(sql: """
                        INSERT INTO duty_shifts (page_id, username, starts_at, ends_at, created_by, created_at)
                        VALUES (?, ?, ?, ?, 'bench', ?)
                        """, arguments: [page.id, team[turn % team.count], Int64(period.start.timeIntervalSince1970),
                                         Int64(period.end.timeIntervalSince1970), Int64(now.timeIntervalSince1970)])
                    turn += 1
                }
            }
        }
    }

    /// Ten departments with differing hours (one with a lunch break, one open on Sunday), five
    /// pages each, twenty administrators.
    static func organisationYAML() -> String {
        var text = "timezone: Europe/Moscow\ndepartments:\n"
        let hours = [
            "mon: [\"10:00-21:00\"], tue: [\"10:00-21:00\"], wed: [\"10:00-21:00\"], thu: [\"10:00-21:00\"], fri: [\"10:00-21:00\"], sat: [\"10:00-20:00\"]",
            "tue: [\"11:00-14:00\", \"15:00-19:00\"], wed: [\"11:00-14:00\", \"15:00-19:00\"], thu: [\"11:00-14:00\", \"15:00-19:00\"], fri: [\"11:00-14:00\", \"15:00-19:00\"], sat: [\"11:00-14:00\", \"15:00-19:00\"]",
            "mon: [\"10:00-18:00\"], tue: [\"10:00-18:00\"], wed: [\"10:00-18:00\"], thu: [\"10:00-18:00\"], fri: [\"10:00-18:00\"], sun: [\"11:00-17:00\"]",
            "mon: [\"12:00-20:00\"], tue: [\"11:00-20:00\"], wed: [\"11:00-20:00\"], thu: [\"11:00-20:00\"], fri: [\"11:00-20:00\"], sat: [\"11:00-18:00\"]",
        ]
        for d in 1...10 {
            text += """
              - id: lib\(String(format: "%02d", d))
                name: "Библиотека № \(d)"
                holidays: ru
                hours: { \(hours[d % hours.count]) }
                sanitary_day: last-thursday

            """
        }
        text += "pages:\n"
        for index in 0..<pageCount {
            let id = pageID(index)
            let telegram = id.hasSuffix("tg")
            text += """
              - id: \(id)
                network: \(telegram ? "telegram" : "vk")
                external_id: \(telegram ? -1_003_000_000_000 - index : 300_000_000 + index)
                name: "Библиотека № \(index / 5 + 1) — страница \(index % 5 + 1)"
                url: https://example.org/\(id)
                department: lib\(String(format: "%02d", index / 5 + 1))

            """
        }
        text += "staff:\n"
        for a in 1...20 {
            // Administrator a looks after the pages of departments a and a + 1 (wrapping).
            let pages = (0..<pageCount).filter { ($0 / 5) == (a - 1) % 10 || ($0 / 5) == a % 10 }.map(pageID)
            text += """
              - username: admin\(String(format: "%02d", a))
                name: "Администратор \(a)"
                roles: { \(pages.map { "\($0): admin" }.joined(separator: ", ")) }

            """
        }
        return text
    }
}
