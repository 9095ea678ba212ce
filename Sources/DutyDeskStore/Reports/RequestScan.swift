import DutyDeskCore
import Foundation
import GRDB

/// Streams the requests that arrived in a window of time, item by item: each item's messages are
/// read whole and in order, because whether a message of the window starts a new request depends
/// on what came before it (`ReplyClocks`). Memory holds one item's messages at a time; the number
/// of SQL statements does not depend on the number of items.
///
/// Why it reads ranges rather than looking items up one by one: a quarter can hold a million
/// items, and a million index descents cost seconds where a sequential range costs a fraction.
/// Items are numbered as they are created, so the items of a quarter are almost all one dense
/// range of ids. That range is read as two ordered cursors walked side by side (items by id, and
/// their messages by item and time, `messages_live_on_item_sent_at`). The few items outside it
/// (a reader writing again in an old conversation) are read by id through `json_each`.
struct RequestScan: Sendable {
    /// Arrivals in `[start, end)`, Unix seconds.
    let start: Int64
    let end: Int64
    /// The report's clock: messages after it do not exist yet as far as the report is concerned.
    let now: Int64
    /// Nil: every page.
    let pageIDs: Set<String>?
    let calendars: [String: PageCalendar]

    /// Which items to read: a dense range of ids read as ranges, and the others by id.
    struct Plan: Sendable {
        var dense: ClosedRange<Int64>?
        var others: [Int64]
    }

    func plan(_ db: Database) throws -> Plan {
        // A report on some pages only reads their items by id: a range would cross every page's items.
        let dense = pageIDs == nil ? try denseRange(db) : nil
        return Plan(dense: dense, others: try itemIDs(db, outside: dense))
    }

    /// Calls `body` with every item that had a message in the window (an item whose clocks all
    /// started outside the window comes with no requests).
    func forEach(_ db: Database, _ body: (ReportItem) throws -> Void) throws {
        let plan = try plan(db)
        if let dense = plan.dense { try forEach(db, in: dense, body) }
        try forEach(db, ids: plan.others, body)
    }

    /// The items with ids in `range`, read as two ranges.
    func forEach(_ db: Database, in range: ClosedRange<Int64>, _ body: (ReportItem) throws -> Void) throws {
        let bounds: StatementArguments = [range.lowerBound, range.upperBound]
        try walk(db, facts: (Self.factsInRangeSQL, bounds), messages: (Self.messagesInRangeSQL, bounds + [now]),
                 outbox: try OutboxFacts.forItems(db, in: range), body)
    }

    /// The items with these ids (sorted), read by id.
    func forEach(_ db: Database, ids: [Int64], _ body: (ReportItem) throws -> Void) throws {
        guard !ids.isEmpty else { return }
        let json = Self.jsonArray(ids)
        try walk(db, facts: (Self.factsByIDSQL, [json]), messages: (Self.messagesByIDSQL, [json, now]),
                 outbox: try OutboxFacts.forItems(db, json: json), body)
    }

    // MARK: - Which items

    /// The ids of the items created in the window: a range that holds almost every item with a
    /// request in it. It only decides how items are read, never which: every item in the range is
    /// read whole, and every other item with an incoming message in the window is read by id.
    func denseRange(_ db: Database) throws -> ClosedRange<Int64>? {
        let row = try Row.fetchOne(db, sql: """
            SELECT MIN(id), MAX(id) FROM items WHERE created_at >= ? AND created_at < ?
            """, arguments: [start, end])
        guard let low = row?[0] as Int64?, let high = row?[1] as Int64? else { return nil }
        return low...high
    }

    /// The sorted ids of items with an incoming message in the window, outside `range`, on the
    /// report's pages: from the partial index `messages_incoming_on_sent_at`.
    func itemIDs(_ db: Database, outside range: ClosedRange<Int64>?) throws -> [Int64] {
        var arguments: StatementArguments = [start, end]
        var filters = ""
        if let range {
            filters += " AND (item_id < ? OR item_id > ?)"
            arguments += [range.lowerBound, range.upperBound]
        }
        if let pageIDs {
            // `+page_id`: keep walking the time range of the index, checking the page in each entry,
            // rather than reading every message the page ever had through the unique key.
            filters += " AND +page_id IN (\(Array(repeating: "?", count: pageIDs.count).joined(separator: ",")))"
            arguments += StatementArguments(pageIDs.sorted())
        }
        var ids = try Int64.fetchAll(db, sql: """
            SELECT item_id FROM messages
            WHERE direction = 'in' AND deleted_at IS NULL AND sent_at >= ? AND sent_at < ?\(filters)
            """, arguments: arguments)
        // Sorting and de-duplicating here is cheaper than SQLite's DISTINCT for a million ids.
        ids.sort()
        var distinct = 0
        for id in ids where distinct == 0 || ids[distinct - 1] != id {
            ids[distinct] = id
            distinct += 1
        }
        ids.removeLast(ids.count - distinct)
        return ids
    }

    // MARK: - The two cursors

    /// Item facts in id order. Columns: id, page, is comment, category (its position in
    /// `RequestCategory.allCases`: a number is cheaper to read a million times than a name),
    /// closed at (when closed).
    static let factsColumns = """
        items.id, items.page_id, items.kind = 'comment',
        CASE items.category \(RequestCategory.allCases.enumerated().map { "WHEN '\($0.element.rawValue)' THEN \($0.offset)" }
            .joined(separator: " ")) END,
        CASE WHEN items.status = 'closed' THEN items.closed_at END
        """
    static let factsInRangeSQL = "SELECT \(factsColumns) FROM items WHERE items.id BETWEEN ? AND ? ORDER BY items.id"
    static let factsByIDSQL = """
        SELECT \(factsColumns) FROM json_each(?) AS wanted JOIN items ON items.id = wanted.value ORDER BY items.id
        """

    /// Live messages in item order, then time order (incoming before outgoing in the same second),
    /// from the covering index alone. Columns: item, message id, sent at, outgoing, outbox entry.
    /// The outbox entries are not joined here: a million lookups cost more than reading the
    /// quarter's outbox once (`OutboxFacts`).
    static let messageColumns = "m.item_id, m.id, m.sent_at, m.direction = 'out', m.outbox_id"
    static let messagesInRangeSQL = """
        SELECT \(messageColumns) FROM messages m
        WHERE m.deleted_at IS NULL AND m.item_id BETWEEN ? AND ? AND m.sent_at <= ?
        ORDER BY m.item_id, m.sent_at, m.direction
        """
    static let messagesByIDSQL = """
        SELECT \(messageColumns)
        FROM json_each(?) AS wanted
        JOIN messages m ON m.item_id = wanted.value AND m.deleted_at IS NULL
        WHERE m.sent_at <= ?
        ORDER BY m.item_id, m.sent_at, m.direction
        """

    /// Walks the facts cursor and the messages cursor side by side, both in item order.
    private func walk(_ db: Database, facts factsQuery: (String, StatementArguments),
                      messages messagesQuery: (String, StatementArguments), outbox: OutboxFacts,
                      _ body: (ReportItem) throws -> Void) throws {
        let slots = pageSlots()
        let facts = try Row.fetchCursor(db, sql: factsQuery.0, arguments: factsQuery.1)
        let messages = try Row.fetchCursor(db, sql: messagesQuery.0, arguments: messagesQuery.1)
        var current: ItemFacts?
        var page: PageSlot?
        var buffer: [ClockMessage] = []
        // One item value reused for every item, so that its request array is allocated once.
        var item = ReportItem(itemID: 0, pageID: "", channel: RequestChannel(network: .vk, kind: .message),
                              category: nil, requests: [])
        var nextFacts = try facts.next().map(ItemFacts.init)
        func finish() throws {
            guard let done = current, let page else { return }
            fill(&item, done, page, buffer)
            try body(item)
        }
        while let row = try messages.next() {
            let itemID: Int64 = row[0]
            if current?.id != itemID {
                try finish()
                buffer.removeAll(keepingCapacity: true)
                current = nil
                while let candidate = nextFacts, candidate.id < itemID {
                    nextFacts = try facts.next().map(ItemFacts.init)
                }
                // An item on a page outside the report (or without a calendar) is skipped.
                if let candidate = nextFacts, candidate.id == itemID, let slot = slots[candidate.pageID] {
                    current = candidate
                    page = slot
                }
            }
            if current != nil { buffer.append(Self.message(row, outbox: outbox)) }
        }
        try finish()
    }

    /// An item's columns, read once per item rather than once per message.
    struct ItemFacts {
        let id: Int64
        let pageID: String
        let isComment: Bool
        let category: RequestCategory?
        /// Set when the item is closed now.
        let closedAt: Int64?

        init(_ row: Row) {
            id = row[0]
            pageID = row[1]
            isComment = row[2]
            category = (row[3] as Int?).map { RequestCategory.allCases[$0] }
            closedAt = row[4]
        }
    }

    /// What the scan needs of a page, resolved once: its network and its department's table.
    struct PageSlot {
        let network: Network
        let table: OpenTimeTable
    }

    static func message(_ row: Row, outbox: OutboxFacts) -> ClockMessage {
        guard row[3] as Bool else {
            return ClockMessage(id: row[1], direction: .incoming, sentAt: row[2])
        }
        guard let outboxID = row[4] as Int64?, let entry = outbox[outboxID] else {
            return ClockMessage(id: row[1], direction: .outgoing, sentAt: row[2])
        }
        return ClockMessage(id: row[1], direction: .outgoing, sentAt: row[2], origin: entry.origin, author: entry.author)
    }

    /// Rewrites `item` (reused, see `walk`) with an item's requests of the window.
    func fill(_ item: inout ReportItem, _ facts: ItemFacts, _ page: PageSlot, _ messages: [ClockMessage]) {
        item.itemID = facts.id
        item.pageID = facts.pageID
        item.channel = RequestChannel(network: page.network, kind: facts.isComment ? .comment : .message)
        item.category = facts.category
        item.requests.removeAll(keepingCapacity: true)
        ReplyClocks.forEach(in: messages) { clock in
            guard clock.arrival >= start && clock.arrival < end else { return }
            item.requests.append(ReportRequest(
                arrival: clock.arrival,
                deadline: page.table.deadline(forArrival: clock.arrival),
                reply: clock.reply.map { reply in
                    ReportReply(messageID: reply.id, at: reply.sentAt,
                                workingSeconds: Int(page.table.openSeconds(from: clock.arrival, to: reply.sentAt)),
                                origin: reply.origin, author: reply.author)
                },
                closedWithoutReply: clock.reply == nil && facts.closedAt.map { $0 >= clock.arrival } ?? false))
        }
    }

    /// One table per department, covering the window and the weeks after it in which most late
    /// replies come; anything later is answered by the timeline itself. Pages outside the report
    /// get no slot.
    func pageSlots() -> [String: PageSlot] {
        var tables: [String: OpenTimeTable] = [:]
        var slots: [String: PageSlot] = [:]
        for calendar in calendars.values where pageIDs?.contains(calendar.pageID) ?? true {
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
