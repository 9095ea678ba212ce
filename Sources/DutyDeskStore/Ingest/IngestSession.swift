import DutyDeskCore
import Foundation
import GRDB

/// The processor time of the calling thread.
enum ThreadProcessorTime {
    static func seconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

/// How one `dutydesk ingest` run reads its feed.
public struct IngestOptions: Sendable {
    public var format: IngestFormat
    /// `--page`: the page (for Telegram, the bot) of every event in the feed.
    public var pageID: String?
    /// The file name as given, or "-" for standard input; named in rejections and the quarantine.
    public var source: String
    /// The operating-system user running the ingest, for the audit log.
    public var actor: String
    public var follow: Bool
    /// The clock (Unix seconds): fixed in tests and demos, else the real time.
    public var clock: @Sendable () -> Int64

    public init(format: IngestFormat = .auto, pageID: String? = nil, source: String, actor: String,
                follow: Bool = false, clock: @escaping @Sendable () -> Int64) {
        self.format = format
        self.pageID = pageID
        self.source = source
        self.actor = actor
        self.follow = follow
        self.clock = clock
    }
}

/// A refusal before reading anything: the options do not fit the database.
public struct IngestSetupProblem: OperatorFacingError, Equatable {
    public let message: Localized
}

/// One ingest run: reads lines, decodes them, stores them in short batched transactions,
/// reports each rejected line as it meets it, and counts.
///
/// Pages and calendars are read once at the start, so each event costs a handful of indexed
/// statements and no lookups of its page.
public final class IngestSession {
    /// Events handed to the writer at a time; the writer cuts them into transactions of at most
    /// `IngestWriter.transactionNanoseconds`, so other processes barely wait for the lock.
    static let batchSize = 10_000
    /// A batch is stored at least this often, so a quiet feed's lines reach the database quickly.
    static let batchIntervalNanoseconds: UInt64 = 200_000_000

    private let database: DutyDeskDatabase
    private let options: IngestOptions
    private let decoder: EventLineDecoder
    private let writer: IngestWriter
    private let batchSize = IngestSession.batchSize
    private var channel: BatchChannel?
    /// What has been stored so far: still true after a failure part-way.
    public var counts: IngestCounts { channel?.storedCounts ?? IngestCounts() }
    /// Processor time the writing thread used in the last `run`, in seconds: the benchmark's
    /// measure of the database side, which a machine shared with other work does not distort.
    var writerProcessorSeconds: Double { channel?.writerProcessorSeconds ?? 0 }

    public init(database: DutyDeskDatabase, options: IngestOptions) throws {
        self.database = database
        self.options = options
        let (pages, calendars) = try database.reader.read { db in
            (try IngestPages.load(db, requestedPageID: options.pageID), try PageCalendars.loadAll(db))
        }
        if let page = pages.requestedPage, options.format != .auto, page.network.rawValue != options.format.rawValue {
            throw IngestSetupProblem(message: Localized(
                ru: "--page \(page.id) — страница \(page.network.rawValue), а --format \(options.format.rawValue)",
                en: "--page \(page.id) is a \(page.network.rawValue) page, but --format is \(options.format.rawValue)"))
        }
        decoder = EventLineDecoder(format: options.format, pages: pages)
        writer = IngestWriter(calendars: calendars, source: options.source)
        try database.writer.writeWithoutTransaction(Self.tuneWritingConnection)
    }

    /// The writing connection's settings for ingest (also used by `IngestFloorBenchmark`, so that
    /// the floor is measured under the same ones).
    static func tuneWritingConnection(_ db: Database) throws {
        // WAL with synchronous=NORMAL stays consistent through a crash or kill -9 (only a
        // power loss may drop the last commits, which a re-run stores again); FULL would wait
        // for the disk on every one of the many commits.
        try db.execute(sql: "PRAGMA synchronous = NORMAL")
        // A page cache of 64 MiB instead of 2: ingest touches index pages all over the
        // database, and re-reading them from the OS costs more than the inserts. Fixed, so
        // memory does not grow with the feed.
        try db.execute(sql: "PRAGMA cache_size = -65536")
        // Checkpoint every 40 MB of log instead of 4: a page written by several transactions
        // is copied into the database once. Not more: the next commit of another dutydesk
        // process (a terminal marking an item read) checkpoints whatever log there is, and
        // must not wait for hundreds of megabytes to be copied (BENCHMARKS.md).
        try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
    }

    /// Reads `source` to its end (or until a stop is requested) and returns the counts.
    /// `rejected` is called for each refused line, in order, as soon as it is read.
    ///
    /// This thread reads and decodes; a second thread writes the batches, so the two overlap.
    public func run(_ source: any LineSource, rejected: (RejectedLine) -> Void) throws -> IngestCounts {
        let channel = BatchChannel(capacity: 2)
        self.channel = channel
        let writer = self.writer, database = self.database, clock = options.clock
        let writing = Thread {
            while let batch = channel.take() {
                do {
                    let counts = try writer.write(batch, to: database.writer, receivedAt: clock())
                    channel.stored(counts, writerProcessorSeconds: ThreadProcessorTime.seconds())
                } catch {
                    channel.fail(error)
                    return
                }
            }
        }
        writing.name = "dutydesk ingest writer"
        writing.start()
        do {
            try read(source, into: channel, rejected: rejected)
        } catch {
            // Store what was read before the failure, then report it.
            _ = try? channel.closeAndWait()
            throw error
        }
        return try channel.closeAndWait()
    }

    private func read(_ source: any LineSource, into channel: BatchChannel, rejected: (RejectedLine) -> Void) throws {
        var batch: [IngestEntry] = []
        batch.reserveCapacity(batchSize)
        var batchStarted = DispatchTime.now().uptimeNanoseconds
        var receivedAt = options.clock()
        func send() throws {
            guard !batch.isEmpty else { return }
            try channel.put(batch)
            batch = []
            batch.reserveCapacity(batchSize)
        }
        while true {
            switch try source.next() {
            case .line(let line):
                if batch.isEmpty {
                    batchStarted = DispatchTime.now().uptimeNanoseconds
                    receivedAt = options.clock()
                }
                guard let entry = entry(for: line, receivedAt: receivedAt) else { continue }
                if case .rejected(let refused) = entry { rejected(refused) }
                batch.append(entry)
                if batch.count >= batchSize
                    || DispatchTime.now().uptimeNanoseconds - batchStarted >= Self.batchIntervalNanoseconds {
                    try send()
                }
            case .idle:
                try send()
            case .end:
                try send()
                return
            }
        }
    }

    /// Reads and decodes `source` without storing anything: the benchmark's measure of the part
    /// of ingest that is not the database. Returns the number of lines decoded.
    func decodeOnly(_ source: any LineSource) throws -> Int {
        var decoded = 0
        while true {
            switch try source.next() {
            case .line(let line):
                if entry(for: line, receivedAt: 0) != nil { decoded += 1 }
            case .idle: continue
            case .end: return decoded
            }
        }
    }

    /// Records the run in the audit log: one entry per run, not one per event (ingest is a
    /// machine feed; the events table keeps every event).
    public func recordRun(_ counts: IngestCounts, stopped: Bool) throws {
        let options = self.options
        try database.writer.write { db in
            var details = [
                "source": options.source, "format": options.format.rawValue,
                "ingested": String(counts.ingested), "duplicates": String(counts.duplicates),
                "rejected": String(counts.rejected),
            ]
            if options.follow { details["follow"] = "true" }
            if stopped { details["stopped"] = "signal" }
            try AuditLog.append(db, actor: options.actor, action: "ingest", pageID: options.pageID,
                                details: details, at: options.clock())
        }
    }

    /// A line as an event or a rejection; nil for a blank line, which carries nothing to lose.
    func entry(for line: SourceLine, receivedAt: Int64) -> IngestEntry? {
        if line.isTooLong {
            return .rejected(RejectedLine(source: options.source, lineNumber: line.number,
                                          reason: .lineTooLong(bytes: line.length, limit: LineSplitter.maximumLineBytes),
                                          raw: line.bytes))
        }
        var bytes = line.bytes
        // A byte-order mark some editors put at the start of a file is not part of the JSON.
        if line.number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        switch decoder.decode(bytes, receivedAt: receivedAt) {
        case .success(let event):
            return .event(event)
        case .failure(let reason):
            return .rejected(RejectedLine(source: options.source, lineNumber: line.number, reason: reason, raw: line.bytes))
        }
    }
}
