import DutyDeskCore
import Foundation
import GRDB

/// A large synthetic inbox for `dutydesk bench report`: one quarter's worth of items spread over
/// many pages, written with a handful of bulk `INSERT … SELECT` statements (a recursive counter
/// instead of a million round trips), so that generating a million items takes seconds.
///
/// The shapes are chosen to exercise every branch of the report: 80% of items answered once,
/// 10% asked again after the reply and answered twice, 10% unanswered; replies through dutydesk
/// from a template, an edited template or free text, and replies made outside dutydesk;
/// categories, channels, blocks and escalations throughout. The pattern is a fixed function of
/// the item number, so every run measures the same data.
public enum ReportBenchmarkData {
    public struct Summary: Sendable, Equatable {
        public let items: Int
        public let messages: Int
        public let pages: Int
    }

    static let categories = ["consultation", "reference", "renewal", "reservation", "reading_room_login",
                             "complaint", "critical_remark", "gratitude", "spam", "other"]

    public static func fill(_ database: DutyDeskDatabase, quarter: QuarterPeriod, items: Int, pages: Int) throws -> Summary {
        let zone = TimeZone(identifier: OrganisationTimeZone.fallback)!
        let interval = quarter.interval(in: zone)
        let start = Int64(interval.start.timeIntervalSince1970)
        let span = Int64(interval.duration)
        let weekday = [try OpenInterval(text: "10:00-20:00")]
        var hours = Dictionary(uniqueKeysWithValues: [Weekday.mon, .tue, .wed, .thu, .fri].map { ($0, weekday) })
        hours[.sat] = [try OpenInterval(text: "11:00-18:00")]
        let calendar = WorkingCalendar(weeklyHours: hours, sanitaryDay: .lastWorkingDay, holidays: .ru)
        let calendarJSON = try CalendarCoding.encode(calendar)
        let summary = try database.writer.write { db in
            try organisation(db, pages: pages, calendarJSON: calendarJSON)
            try inbox(db, items: items, pages: pages, start: start, span: span)
            try moderation(db, pages: pages, start: start, span: span)
            let messageCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM messages") ?? 0
            return Summary(items: items, messages: messageCount, pages: pages)
        }
        // Move the new pages from the write-ahead log into the file, as a long-lived database
        // would have them, so that the measurement reads the file rather than a huge log.
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        return summary
    }

    private static func organisation(_ db: Database, pages: Int, calendarJSON: String) throws {
        try Meta.setValue(db, OrganisationTimeZone.fallback, forKey: "default_timezone")
        try db.execute(sql: """
            INSERT INTO departments (id, name, timezone, calendar, updated_at)
            VALUES ('bench', 'Отдел для замеров', 'Europe/Moscow', ?, 0)
            """, arguments: [calendarJSON])
        try db.execute(sql: """
            WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ?)
            INSERT INTO pages (id, network, external_id, name, url, department_id)
            SELECT printf('bench-%02d', k), CASE WHEN k % 5 = 0 THEN 'telegram' ELSE 'vk' END,
                   CASE WHEN k % 5 = 0 THEN -1000000000 - k ELSE 900000000 + k END,
                   'Страница ' || k, '', 'bench' FROM n
            """, arguments: [pages])
        try db.execute(sql: """
            WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 20)
            INSERT INTO staff (username, name) SELECT printf('admin%02d', k), 'Администратор ' || k FROM n
            """)
    }

    /// Item k arrives a little after item k − 1; `shape` (a hash of k, 0–99) picks its story,
    /// `via` (0–4) how its first reply was made (0–1 template, 2 free text, 3 edited template,
    /// 4 outside dutydesk).
    private static func inbox(_ db: Database, items: Int, pages: Int, start: Int64, span: Int64) throws {
        let categoryCase = categories.enumerated().map { "WHEN \($0.offset) THEN '\($0.element)'" }.joined(separator: " ")
        try db.execute(sql: """
            CREATE TEMP TABLE bench_plan AS
            WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < :items)
            SELECT k,
                   printf('bench-%02d', k % :pages + 1) AS page,
                   -- Items are numbered in the order they were created, as ingest numbers them:
                   -- arrivals rise with k, a few minutes of jitter apart.
                   :start + (k - 1) * :span / :items + (k * 48271) % 600 AS arrival,
                   60 + (k * 104729) % 172800 AS first_delay,
                   3600 + (k * 1299709) % 86400 AS second_delay,
                   -- Mixed so that neither depends on the page (k mod pages).
                   (k * 2654435761 / 256) % 100 AS shape,
                   (k / 64) % 5 AS via
            FROM n
            """, arguments: ["items": items, "pages": pages, "start": start, "span": span])
        try db.execute(sql: """
            INSERT INTO items (id, page_id, kind, thread_key, author_id, author_name, status, category,
                               is_complaint, escalated_at, escalated_by, clock_started_at, deadline_at,
                               last_message_at, message_count, created_at)
            SELECT k, page, CASE WHEN k % 3 = 0 THEN 'comment' ELSE 'message' END, CAST(k AS TEXT), 100000 + k,
                   'Читатель ' || k,
                   CASE WHEN shape >= 90 THEN 'open' ELSE 'answered' END,
                   CASE k % 11 \(categoryCase) ELSE NULL END,
                   k % 11 = 5, CASE WHEN k % 997 = 0 THEN arrival + 3600 END,
                   CASE WHEN k % 997 = 0 THEN 'admin01' END,
                   CASE WHEN shape >= 90 THEN arrival END,
                   -- One working day is about a day here; the bench needs the column, not the exact rule.
                   CASE WHEN shape >= 90 THEN arrival + 86400 END,
                   arrival + first_delay + second_delay,
                   CASE WHEN shape >= 90 THEN 1 WHEN shape >= 80 THEN 4 ELSE 2 END, arrival
            FROM bench_plan
            """)
        try db.execute(sql: """
            INSERT INTO outbox (id, item_id, text, template_ids, edited, free_form, status, random_id,
                                created_by, created_at, sent_at)
            SELECT k, k, 'Здравствуйте! Ответ на обращение ' || k,
                   CASE WHEN via = 2 THEN '[]' ELSE '["renewal-done"]' END, via = 3, via = 2, 'sent', k,
                   printf('admin%02d', k % 20 + 1), arrival + first_delay, arrival + first_delay
            FROM bench_plan WHERE shape < 90 AND via < 4
            """)
        try db.execute(sql: """
            INSERT INTO messages (item_id, page_id, direction, platform_key, author_id, text, sent_at, outbox_id)
            SELECT * FROM (
            SELECT k, page, 'in', 'b:' || k || ':1', 100000 + k, 'Здравствуйте! Вопрос ' || k, arrival, NULL
            FROM bench_plan
            UNION ALL
            SELECT k, page, 'out', 'b:' || k || ':2', -1, 'Ответ ' || k, arrival + first_delay,
                   CASE WHEN via < 4 THEN k END
            FROM bench_plan WHERE shape < 90
            UNION ALL
            SELECT k, page, 'in', 'b:' || k || ':3', 100000 + k, 'Спасибо! И ещё вопрос', arrival + first_delay + 600, NULL
            FROM bench_plan WHERE shape >= 80 AND shape < 90
            UNION ALL
            SELECT k, page, 'out', 'b:' || k || ':4', -1, 'Ответ ' || k, arrival + first_delay + second_delay, NULL
            FROM bench_plan WHERE shape >= 80 AND shape < 90)
            -- Stored in the order they happened, as ingest stores them.
            ORDER BY 7
            """)
        try db.execute(sql: "DROP TABLE bench_plan")
    }

    private static func moderation(_ db: Database, pages: Int, start: Int64, span: Int64) throws {
        try db.execute(sql: """
            WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 5000)
            INSERT INTO blocks (page_id, user_id, reason, from_at, until_at, blocked_by)
            SELECT printf('bench-%02d', k % ? + 1), 500000 + k,
                   CASE k % 6 WHEN 0 THEN 'insult' WHEN 1 THEN 'illegal' WHEN 2 THEN 'advertising'
                              WHEN 3 THEN 'offtopic' WHEN 4 THEN 'spam' ELSE NULL END,
                   ? + (k * 7907) % ?, NULL, 'admin02'
            FROM n
            """, arguments: [pages, start, span])
    }
}
