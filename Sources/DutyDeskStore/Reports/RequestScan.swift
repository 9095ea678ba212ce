import DutyDeskCore
import Foundation
import GRDB

/// Streams the requests that arrived in a window of time, item by item, in one ordered pass over
/// the items' messages: two SQL statements in all, read through cursors, so memory holds one
/// item's messages at a time however many items there are (no query per item).
///
/// 1. The items: those with a live incoming message in the window, read from the partial index
///    `messages_incoming_on_sent_at`, de-duplicated and sorted here (cheaper than SQLite's
///    DISTINCT for a million ids).
/// 2. Their messages, whole, in item order (`messages_live_on_item_sent_at`): whether a message
///    of the window starts a new request depends on what came before it (`ReplyClocks`). The ids
///    go in as one JSON array walked by `json_each`, in order.
struct RequestScan {
    /// Arrivals in `[start, end)`, Unix seconds.
    let start: Int64
    let end: Int64
    /// The report's clock: messages after it do not exist yet as far as the report is concerned.
    let now: Int64
    /// Nil: every page.
    let pageIDs: Set<String>?
    let calendars: [String: PageCalendar]

    /// The sorted, distinct ids of the items with a request in the window.
    func itemIDs(_ db: Database) throws -> [Int64] {
        var arguments: StatementArguments = [start, end]
        var pageFilter = ""
        if let pageIDs {
            // `+page_id`: keep walking the time range of the index, checking the page in each entry,
            // rather than reading every message the page ever had through the unique key.
            pageFilter = "AND +page_id IN (\(Array(repeating: "?", count: pageIDs.count).joined(separator: ",")))"
            arguments += StatementArguments(pageIDs.sorted())
        }
        var ids = try Int64.fetchAll(db, sql: """
            SELECT item_id FROM messages INDEXED BY messages_incoming_on_sent_at
            WHERE direction = 'in' AND deleted_at IS NULL AND sent_at >= ? AND sent_at < ? \(pageFilter)
            """, arguments: arguments)
        ids.sort()
        var distinct = 0
        for id in ids where distinct == 0 || ids[distinct - 1] != id {
            ids[distinct] = id
            distinct += 1
        }
        ids.removeLast(ids.count - distinct)
        return ids
    }

    /// Column order is relied on by `forEach`, which reads columns by index: it runs per message.
    /// Flags: 1 outgoing, 2 made through the outbox, 4 from a template, 8 the template was edited.
    static let messagesSQL = """
        SELECT i.id, i.page_id, i.kind = 'comment', i.category,
               CASE WHEN i.status = 'closed' THEN i.closed_at END,
               m.id, m.sent_at,
               (m.direction = 'out') | ((o.id IS NOT NULL) << 1) | ((o.template_ids <> '[]') << 2) | (o.edited << 3),
               o.created_by
        FROM json_each(?) AS wanted
        JOIN items i ON i.id = wanted.value
        JOIN messages m INDEXED BY messages_live_on_item_sent_at ON m.item_id = i.id AND m.deleted_at IS NULL
        LEFT JOIN outbox o ON o.id = m.outbox_id
        WHERE m.sent_at <= ?
        """

    /// Calls `body` with each item that has a request in the window, in item order.
    func forEach(_ db: Database, items ids: [Int64], _ body: (ReportItem) throws -> Void) throws {
        guard !ids.isEmpty else { return }
        let pages = pageSlots()
        var current: (facts: ItemFacts, page: PageSlot)?
        var messages: [ClockMessage] = []
        let rows = try Row.fetchCursor(db, sql: Self.messagesSQL, arguments: [Self.jsonArray(ids), now])
        while let row = try rows.next() {
            let itemID: Int64 = row[0]
            if current?.facts.id != itemID {
                if let (facts, page) = current { try body(reportItem(facts, page, messages)) }
                current = nil
                let pageID: String = row[1]
                // Pages outside the report (or without a calendar) are skipped.
                if let page = pages[pageID] {
                    current = (ItemFacts(id: itemID, pageID: pageID, isComment: row[2], category: row[3], closedAt: row[4]),
                               page)
                }
                messages.removeAll(keepingCapacity: true)
            }
            guard current != nil else { continue }
            messages.append(Self.message(row))
        }
        if let (facts, page) = current { try body(reportItem(facts, page, messages)) }
    }

    /// An item's columns, read once per item rather than once per message.
    struct ItemFacts {
        let id: Int64
        let pageID: String
        let isComment: Bool
        let category: String?
        /// Set when the item is closed now.
        let closedAt: Int64?
    }

    /// What the scan needs of a page, resolved once: its network and its department's table.
    struct PageSlot {
        let network: Network
        let table: OpenTimeTable
    }

    static func message(_ row: Row) -> ClockMessage {
        let flags: Int = row[7]
        guard flags & 1 != 0 else {
            return ClockMessage(id: row[5], direction: .incoming, sentAt: row[6])
        }
        let origin: ReplyOrigin = switch (flags & 2 != 0, flags & 4 != 0, flags & 8 != 0) {
        case (false, _, _): .outsideDutyDesk
        case (true, true, false): .template
        case (true, true, true): .editedTemplate
        // Free-form, or an outbox entry with no template recorded: either way not a template.
        case (true, false, _): .freeText
        }
        return ClockMessage(id: row[5], direction: .outgoing, sentAt: row[6], origin: origin, author: row[8])
    }

    func reportItem(_ facts: ItemFacts, _ page: PageSlot, _ messages: [ClockMessage]) -> ReportItem {
        var requests: [ReportRequest] = []
        for clock in ReplyClocks.split(messages) where clock.arrival >= start && clock.arrival < end {
            requests.append(ReportRequest(
                arrival: clock.arrival,
                deadline: page.table.deadline(forArrival: clock.arrival),
                reply: clock.reply.map { reply in
                    ReportReply(messageID: reply.id, at: reply.sentAt,
                                workingSeconds: Int(page.table.openSeconds(from: clock.arrival, to: reply.sentAt)),
                                origin: reply.origin, author: reply.author)
                },
                closedWithoutReply: clock.reply == nil && facts.closedAt.map { $0 >= clock.arrival } ?? false))
        }
        return ReportItem(itemID: facts.id, pageID: facts.pageID,
                          channel: RequestChannel(network: page.network, kind: facts.isComment ? .comment : .message),
                          category: facts.category.flatMap(RequestCategory.init(rawValue:)), requests: requests)
    }

    /// One table per department, covering the window and the weeks after it in which most late
    /// replies come; anything later is answered by the timeline itself.
    func pageSlots() -> [String: PageSlot] {
        var tables: [String: OpenTimeTable] = [:]
        var slots: [String: PageSlot] = [:]
        for calendar in calendars.values {
            let table = tables[calendar.departmentID] ?? OpenTimeTable(
                timeline: calendar.timeline,
                from: Date(timeIntervalSince1970: TimeInterval(start - 86_400)),
                to: Date(timeIntervalSince1970: TimeInterval(max(start, min(end, now)) + 45 * 86_400)))
            tables[calendar.departmentID] = table
            slots[calendar.pageID] = PageSlot(network: Network(rawValue: calendar.network) ?? .vk, table: table)
        }
        return slots
    }

    /// `[1,2,3]`, written byte by byte: a million ids in a few milliseconds.
    static func jsonArray(_ ids: [Int64]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(ids.count * 8 + 2)
        var digits: [UInt8] = []
        for (index, id) in ids.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            if id < 0 { bytes.append(UInt8(ascii: "-")) }
            var value = id.magnitude
            digits.removeAll(keepingCapacity: true)
            repeat {
                digits.append(UInt8(ascii: "0") + UInt8(value % 10))
                value /= 10
            } while value > 0
            bytes.append(contentsOf: digits.reversed())
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
