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
/// messages' platform keys) and stores the rest. Transactions last at most about half a second,
/// so other dutydesk processes writing the same file wait briefly, well inside their 10-second
/// busy timeout, instead of failing. Each item a transaction touched has its author, list
/// columns and reply clock written once, before the commit, derived in memory from all of its
/// messages (`IngestItemState`).
///
/// `@unchecked Sendable`: it is handed to the writing thread once and used only there.
final class IngestWriter: @unchecked Sendable {
    private let clocks: IngestClocks
    /// The time of the batch being written: `events.received_at`, and the time of deletes and
    /// blocks, whose events carry none.
    private var receivedAt: Int64 = 0
    private var messages = IngestMessages()
    private var quarantine: QuarantineLedger
    /// `PRAGMA data_version` when the last transaction began: it changes when another
    /// connection commits.
    private var dataVersion: Int64?

    init(calendars: [String: PageCalendar], source: String) {
        clocks = IngestClocks(calendars: calendars)
        quarantine = QuarantineLedger(source: source)
    }

    /// How often a transaction is tried again when another process held the database for longer
    /// than the busy timeout: a busy database delays ingest, it must not end it.
    static let busyRetries = 5
    /// A transaction ends after about this long even if the batch is not through, so that other
    /// dutydesk processes (a TUI marking an item read, a reply) never wait long for the lock.
    /// Half a second rather than less: each commit writes every index page the transaction
    /// changed, and the random keys (VK event ids, conversation ids) spread a transaction's
    /// inserts over many pages, so fewer, larger commits write less per event.
    static let transactionNanoseconds: UInt64 = 500_000_000

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
            // Items held in memory are only as current as the last commit seen: when another
            // connection has committed since (a reply, a closed item), read them afresh.
            let version = try Int64.fetchOne(db, sql: "PRAGMA data_version")
            if version != dataVersion {
                messages.forgetItems()
                dataVersion = version
            }
            var counts = IngestCounts()
            var stored = 0
            let statements = try messages.beginTransaction(db)
            for entry in entries {
                switch entry {
                case .event(let event):
                    if try apply(db, event, statements) { counts.ingested += 1 } else { counts.duplicates += 1 }
                case .rejected(let line):
                    try quarantine.store(db, line, receivedAt: receivedAt)
                    counts.rejected += 1
                }
                stored += 1
                if stored % 64 == 0, DispatchTime.now().uptimeNanoseconds - started >= Self.transactionNanoseconds {
                    break
                }
            }
            try messages.refreshTouchedItems(db, clocks: clocks)
            messages.endTransaction()
            return (stored, counts)
        }
    }

    /// Stores one event; false when it was already stored (same event, or same message).
    private func apply(_ db: Database, _ event: IngestEvent, _ statements: IngestStatements) throws -> Bool {
        guard let eventID = try statements.insertEvent(event, receivedAt: receivedAt) else { return false }
        let pageID = event.pageID
        switch event.change {
        case .message(let message):
            return try messages.add(db, message, eventID: eventID, pageID: pageID, clock: clocks.clock(forPage: pageID),
                                    at: receivedAt)
        case .edit(let message, let editedAt):
            try messages.edit(db, message, eventID: eventID, pageID: pageID, clock: clocks.clock(forPage: pageID),
                              editedAt: editedAt, at: receivedAt)
        case .delete(let platformKey, let deletedBy):
            try messages.delete(db, platformKey: platformKey, pageID: pageID, deletedBy: deletedBy, at: receivedAt)
        case .restore(let message):
            try messages.restore(db, message, eventID: eventID, pageID: pageID, clock: clocks.clock(forPage: pageID),
                                 at: receivedAt)
        case .block(let block):
            try BlockLedger.record(db, block, pageID: event.pageID, at: receivedAt)
        case .unblock(let unblock):
            try BlockLedger.record(db, unblock, pageID: event.pageID, at: receivedAt)
        case .recordOnly:
            break
        }
        return true
    }
}
