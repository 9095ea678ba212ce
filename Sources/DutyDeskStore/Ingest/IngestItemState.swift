import DutyDeskCore
import Foundation

/// The columns of an item that are derived from its messages: author and start, the list
/// columns (`ItemWriter.summaryAssignments`) and the reply clock (`ItemClock`).
struct DerivedItemColumns: Equatable {
    var authorID: Int64
    var authorName: String
    var createdAt: Int64
    var status: ItemStatus
    var clockStartedAt: Int64?
    var deadlineAt: Int64?
    var hasDeadline: Bool
    var lastOutgoingAt: Int64?
    var messageCount: Int
    var lastMessageAt: Int64
    var lastIncomingAt: Int64?
    var preview: String

    /// What a new item holds before its derivation: the columns' defaults, and the author and
    /// times of the message that creates it.
    static func fresh(authorID: Int64, authorName: String, at sentAt: Int64) -> DerivedItemColumns {
        DerivedItemColumns(authorID: authorID, authorName: authorName, createdAt: sentAt, status: .open,
                           clockStartedAt: nil, deadlineAt: nil, hasDeadline: true, lastOutgoingAt: nil,
                           messageCount: 0, lastMessageAt: sentAt, lastIncomingAt: nil, preview: "")
    }

    /// Whether the author and start are those of `other` (their columns are indexed, so an
    /// update that leaves them alone does not touch those indexes).
    func hasSameAuthorship(as other: DerivedItemColumns) -> Bool {
        authorID == other.authorID && authorName == other.authorName && createdAt == other.createdAt
    }
}

/// One item as ingest holds it in memory: every message of it (few per item) and what its row
/// holds now, so that the derived columns are computed in Swift, from all of its messages, with
/// no query, and the row is written only when they change.
///
/// The rules are those of `ItemClock.refresh`, `ItemWriter.refreshSummary` and the item's
/// authorship (its author is the author of its earliest incoming message, ties broken by the
/// platform key; it starts with that message, or with its earliest message when no reader has
/// written yet): derived from all messages every time, so the order events arrive in does not
/// matter. `IngestItemStateTests` checks the two derivations agree.
struct IngestItemState {
    struct Message {
        var id: Int64
        let platformKey: String
        let incoming: Bool
        let authorID: Int64
        let authorName: String
        let sentAt: Int64
        var deleted: Bool
        var text: String
    }

    let id: Int64
    private(set) var messages: [Message]
    /// `closed_at` while the item is closed; nil once it is not (a later question reopens it).
    private(set) var closedAt: Int64?
    /// What the item's row holds now.
    private(set) var written: DerivedItemColumns
    /// The preview an item keeps when it has no incoming message at all: the one its last
    /// refresh left (`COALESCE(…, preview)` in `ItemWriter.summaryAssignments`), "" for an item
    /// created in this transaction. (With incoming messages all deleted, the latest of them.)
    private var previewFallback: String
    /// Whether `written` was derived here with the page's clock, so an unchanged clock start
    /// keeps its deadline without computing it again.
    private var derivedHere: Bool

    init(id: Int64, messages: [Message], closedAt: Int64?, written: DerivedItemColumns, previewFallback: String,
         derivedHere: Bool) {
        self.id = id
        self.messages = messages
        self.closedAt = closedAt
        self.written = written
        self.previewFallback = previewFallback
        self.derivedHere = derivedHere
    }

    mutating func append(_ message: Message) {
        messages.append(message)
    }

    mutating func setText(_ text: String, ofMessage messageID: Int64) {
        if let index = messages.firstIndex(where: { $0.id == messageID }) { messages[index].text = text }
    }

    mutating func setDeleted(_ deleted: Bool, ofMessage messageID: Int64) {
        if let index = messages.firstIndex(where: { $0.id == messageID }) { messages[index].deleted = deleted }
    }

    /// Records that the row now holds `columns`.
    mutating func wrote(_ columns: DerivedItemColumns, withClock: Bool) {
        written = columns
        previewFallback = columns.preview
        derivedHere = withClock
        if columns.status != .closed { closedAt = nil }
    }

    /// The columns as the messages make them. Without a calendar (a page whose department has
    /// none) the clock columns stay as they are, as `IngestWriter` always did.
    func derived(clock: IngestClocks.Clock?) -> DerivedItemColumns {
        var columns = written
        var earliestIncoming: Message?
        var earliestAny: Int64?
        var lastMessage: Int64?
        var lastIncoming: Int64?
        var previewMessage: Message?
        var latestIncoming: Message?
        var lastOut: Int64?
        for message in messages {
            earliestAny = min(earliestAny ?? message.sentAt, message.sentAt)
            lastMessage = max(lastMessage ?? message.sentAt, message.sentAt)
            if message.incoming {
                if let earliest = earliestIncoming {
                    if message.sentAt < earliest.sentAt || (message.sentAt == earliest.sentAt
                        && message.platformKey.utf8.lexicographicallyPrecedes(earliest.platformKey.utf8)) {
                        earliestIncoming = message
                    }
                } else {
                    earliestIncoming = message
                }
                lastIncoming = max(lastIncoming ?? message.sentAt, message.sentAt)
                if latestIncoming.map({ (message.sentAt, message.id) > ($0.sentAt, $0.id) }) ?? true {
                    latestIncoming = message
                }
                if !message.deleted, previewMessage.map({ (message.sentAt, message.id) > ($0.sentAt, $0.id) }) ?? true {
                    previewMessage = message
                }
            } else if !message.deleted {
                lastOut = max(lastOut ?? message.sentAt, message.sentAt)
            }
        }
        if let earliestIncoming {
            columns.authorID = earliestIncoming.authorID
            columns.authorName = earliestIncoming.authorName
            columns.createdAt = earliestIncoming.sentAt
        } else if let earliestAny {
            columns.createdAt = earliestAny
        }
        columns.messageCount = messages.count
        columns.lastMessageAt = lastMessage ?? columns.lastMessageAt
        columns.lastIncomingAt = lastIncoming
        columns.preview = previewMessage?.text ?? latestIncoming?.text ?? previewFallback
        guard let clock else { return columns }

        // Rule 6: a reply answers every incoming message strictly before it.
        var firstPending: Int64?
        var lastPending: Int64?
        for message in messages where message.incoming && !message.deleted && message.sentAt > (lastOut ?? .min) {
            firstPending = min(firstPending ?? message.sentAt, message.sentAt)
            lastPending = max(lastPending ?? message.sentAt, message.sentAt)
        }
        columns.lastOutgoingAt = lastOut
        columns.hasDeadline = true
        columns.clockStartedAt = nil
        columns.deadlineAt = nil
        if let closedAt, lastPending.map({ $0 <= closedAt }) ?? true {
            columns.status = .closed
        } else if let firstPending {
            columns.status = .open
            columns.clockStartedAt = firstPending
            if derivedHere, written.status == .open, written.clockStartedAt == firstPending {
                columns.deadlineAt = written.deadlineAt
                columns.hasDeadline = written.hasDeadline
            } else {
                columns.deadlineAt = clock.deadline(forArrival: firstPending)
                columns.hasDeadline = columns.deadlineAt != nil
            }
        } else {
            columns.status = ItemClock.settledStatus(answered: lastOut != nil, hasIncoming: earliestIncoming != nil)
        }
        return columns
    }
}
