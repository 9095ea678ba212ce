import DutyDeskCore
import Foundation
import GRDB

/// One decoded line on its way to the database: an event, or a rejection to quarantine.
enum IngestEntry: Sendable {
    case event(IngestEvent)
    case rejected(RejectedLine)
}

/// Applies decoded lines to the database in short transactions.
///
/// A transaction is all or nothing, so `kill -9` at any moment leaves each one either stored or
/// absent; re-running the same feed then skips what is stored (the `events` unique key and the
/// messages' platform keys) and stores the rest. Transactions last at most about 150 ms, so
/// other dutydesk processes writing the same file wait briefly inside their busy timeout
/// instead of failing. Each item a transaction touched has its author, list columns and reply
/// clock refreshed once, before the commit.
///
/// `@unchecked Sendable`: it is handed to the writing thread once and used only there.
final class IngestWriter: @unchecked Sendable {
    private let calendars: [String: PageCalendar]
    /// The time of the batch being written: `events.received_at`, and the time of deletes and
    /// blocks, whose events carry none.
    private var receivedAt: Int64 = 0
    private var messages = IngestMessages()
    private var quarantine: QuarantineLedger

    init(calendars: [String: PageCalendar], source: String) {
        self.calendars = calendars
        quarantine = QuarantineLedger(source: source)
    }

    /// How often a transaction is tried again when another process held the database for longer
    /// than the busy timeout: a busy database delays ingest, it must not end it.
    static let busyRetries = 5
    /// A transaction ends after about this long even if the batch is not through, so that other
    /// dutydesk processes (a TUI marking an item read, a reply) never wait long for the lock.
    static let transactionNanoseconds: UInt64 = 150_000_000

    /// Stores a batch, in as many short transactions as it takes, and returns what it did.
    func write(_ batch: [IngestEntry], to writer: any DatabaseWriter, receivedAt: Int64) throws -> IngestCounts {
        self.receivedAt = receivedAt
        var counts = IngestCounts()
        var next = batch.startIndex
        var attempt = 0
        while next < batch.endIndex {
            do {
                let (stored, transactionCounts) = try writeTransaction(batch[next...], to: writer)
                next += stored
                counts = counts + transactionCounts
                attempt = 0
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < Self.busyRetries {
                attempt += 1
                forgetRolledBack()
            } catch {
                forgetRolledBack()
                throw error
            }
        }
        return counts
    }

    private func forgetRolledBack() {
        quarantine.forgetRemembered()
        messages.abandonTransaction()
    }

    /// One transaction: entries from the start of `entries` until they run out or the time is
    /// up; returns how many it stored.
    private func writeTransaction(_ entries: ArraySlice<IngestEntry>, to writer: any DatabaseWriter) throws
        -> (Int, IngestCounts) {
        try writer.write { db in
            let started = DispatchTime.now().uptimeNanoseconds
            var counts = IngestCounts()
            var stored = 0
            for entry in entries {
                switch entry {
                case .event(let event):
                    if try apply(db, event) { counts.ingested += 1 } else { counts.duplicates += 1 }
                case .rejected(let line):
                    try quarantine.store(db, line, receivedAt: receivedAt)
                    counts.rejected += 1
                }
                stored += 1
                if stored % 64 == 0, DispatchTime.now().uptimeNanoseconds - started >= Self.transactionNanoseconds {
                    break
                }
            }
            try refreshTouchedItems(db)
            messages.endTransaction()
            return (stored, counts)
        }
    }

    /// Stores one event; false when it was already stored (same event, or same message).
    private func apply(_ db: Database, _ event: IngestEvent) throws -> Bool {
        try db.cachedStatement(sql: """
            INSERT INTO events (network, event_key, page_id, type, received_at, raw_json) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(network, event_key) DO NOTHING
            """).execute(arguments: [event.network.rawValue, event.eventKey, event.pageID, event.type, receivedAt,
                                     event.rawJSON])
        guard db.changesCount > 0 else { return false }
        switch event.change {
        case .message(let message):
            return try messages.add(db, message, pageID: event.pageID)
        case .edit(let message, let editedAt):
            try messages.edit(db, message, pageID: event.pageID, editedAt: editedAt)
        case .delete(let platformKey, let deletedBy):
            try messages.delete(db, platformKey: platformKey, pageID: event.pageID, deletedBy: deletedBy, at: receivedAt)
        case .restore(let message):
            try messages.restore(db, message, pageID: event.pageID)
        case .block(let block):
            try BlockLedger.record(db, block, pageID: event.pageID, at: receivedAt)
        case .unblock(let unblock):
            try BlockLedger.record(db, unblock, pageID: event.pageID, at: receivedAt)
        case .recordOnly:
            break
        }
        return true
    }

    /// Each item touched by the batch, once: its author, list columns, and reply clock (rule 6,
    /// by event time, so the order of events does not matter).
    private func refreshTouchedItems(_ db: Database) throws {
        for itemID in messages.authorshipChanged {
            if let facts = try ItemAuthorship.refresh(db, itemID: itemID) { messages.remember(facts, of: itemID) }
        }
        for (itemID, pageID) in messages.touched {
            if let calendar = calendars[pageID] {
                try ItemClock.refresh(db, itemID: itemID, calendar: calendar, refreshingSummary: true)
            } else {
                try ItemWriter.refreshSummary(db, itemID: itemID)
            }
        }
    }
}
