import DutyDeskCore
import GRDB

/// How each reply of the scanned items was made (template, edited, free text) and by whom,
/// read from the outbox once per scan instead of once per reply.
///
/// For the quarter's range of new items their outbox entries are one range of ids too (entries
/// are numbered as replies are made), so they are read with one ordered range scan into arrays
/// indexed by id: no hashing for a million replies. For items read by id, a dictionary.
struct OutboxFacts {
    struct Entry {
        let origin: ReplyOrigin
        let author: String
    }

    private var first: Int64 = 0
    private var dense: [Entry?] = []
    private var sparse: [Int64: Entry] = [:]

    subscript(id: Int64) -> Entry? {
        let offset = id - first
        if offset >= 0, offset < Int64(dense.count) { return dense[Int(offset)] }
        return sparse[id]
    }

    /// Columns: id, author, flags (1 from a template, 2 the template was edited).
    static let columns = "o.id, o.created_by, (o.template_ids <> '[]') | (o.edited << 1)"

    static func forItems(_ db: Database, in items: ClosedRange<Int64>) throws -> OutboxFacts {
        var facts = OutboxFacts()
        let bounds = try Row.fetchOne(db, sql: "SELECT MIN(id), MAX(id) FROM outbox WHERE item_id BETWEEN ? AND ?",
                                      arguments: [items.lowerBound, items.upperBound])
        guard let low = bounds?[0] as Int64?, let high = bounds?[1] as Int64? else { return facts }
        facts.first = low
        facts.dense = [Entry?](repeating: nil, count: Int(high - low + 1))
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM outbox o WHERE o.id BETWEEN ? AND ?",
                                       arguments: [low, high])
        while let row = try rows.next() {
            facts.dense[Int((row[0] as Int64) - low)] = entry(row)
        }
        return facts
    }

    /// `json`: the items' ids as a JSON array.
    static func forItems(_ db: Database, json: String) throws -> OutboxFacts {
        var facts = OutboxFacts()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(columns) FROM json_each(?) AS wanted JOIN outbox o ON o.item_id = wanted.value
            """, arguments: [json])
        while let row = try rows.next() {
            facts.sparse[row[0]] = entry(row)
        }
        return facts
    }

    private static func entry(_ row: Row) -> Entry {
        let flags: Int = row[2]
        // An entry with no template is free text (6.8), whatever its free_form flag says.
        let origin: ReplyOrigin = flags & 1 == 0 ? .freeText : (flags & 2 == 0 ? .template : .editedTemplate)
        return Entry(origin: origin, author: row[1])
    }
}
