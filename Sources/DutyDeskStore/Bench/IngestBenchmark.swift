import DutyDeskCore
import Foundation
import GRDB

/// `dutydesk bench ingest`: generates a realistic feed into a file, then ingests it into a new
/// database through the same `IngestSession` as `dutydesk ingest`, and reports the speed and
/// the peak memory. A benchmark, not a test: it measures, it does not judge.
public enum IngestBenchmark {
    public struct Figures: Sendable {
        public let events: Int
        public let seconds: Double
        public let counts: IngestCounts
        public let generateSeconds: Double
        public let feedMegabytes: Double
        public let databaseMegabytes: Double
        /// VmHWM after generating the feed and before ingesting it.
        public let peakRSSBeforeMegabytes: Double
        /// VmHWM at the end: the whole run's peak resident memory.
        public let peakRSSMegabytes: Double
        /// Processor time of the thread that writes to the database, and of the whole ingest
        /// (both threads): on a machine shared with other work, steadier than the wall clock.
        public let writerProcessorSeconds: Double
        public let ingestProcessorSeconds: Double

        public var eventsPerSecond: Double { Double(events) / max(seconds, 1e-9) }
    }

    /// With `decodeOnly`, the feed is read and decoded but nothing is stored: what ingest costs
    /// apart from the database.
    public static func run(events: Int, folder: String, seed: UInt64 = 20_261_109, decodeOnly: Bool = false) throws
        -> Figures {
        let databasePath = folder + "/bench-ingest.sqlite"
        // A new database every time: an earlier run's rows would make every event a duplicate.
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        let feedPath = folder + "/bench-events.jsonl"
        let now = Int64(Date().timeIntervalSince1970)

        let database = try DutyDeskDatabase.open(path: databasePath)
        let organisation = try OrganisationFileReader.read(text: IngestBenchOrganisation.yaml(),
                                                           fileName: "bench-ingest-organisation.yaml")
        _ = try database.writer.write { db in
            try OrganisationImport.apply(organisation, to: db, actor: "bench", at: Date(timeIntervalSince1970: TimeInterval(now)))
        }

        let generateStart = DispatchTime.now()
        try writeFeed(events: events, seed: seed, endingAt: now, to: feedPath)
        let generateSeconds = seconds(since: generateStart)
        let peakBefore = ProcessMemory.peakResidentMegabytes()

        let ingestStart = DispatchTime.now()
        let processorStart = processSeconds()
        let session = try IngestSession(database: database, options: IngestOptions(
            format: .auto, source: feedPath, actor: "bench", clock: { Int64(Date().timeIntervalSince1970) }))
        let source = try DescriptorLineSource.open(path: feedPath, stop: StopRequest())
        let counts = decodeOnly ? IngestCounts(ingested: try session.decodeOnly(source)) : try session.run(source) { _ in }
        let ingestSeconds = seconds(since: ingestStart)
        let ingestProcessorSeconds = processSeconds() - processorStart

        return Figures(
            events: events, seconds: ingestSeconds, counts: counts, generateSeconds: generateSeconds,
            feedMegabytes: megabytes(ofFile: feedPath), databaseMegabytes: megabytes(ofFile: databasePath),
            peakRSSBeforeMegabytes: peakBefore, peakRSSMegabytes: ProcessMemory.peakResidentMegabytes(),
            writerProcessorSeconds: session.writerProcessorSeconds, ingestProcessorSeconds: ingestProcessorSeconds)
    }

    /// Writes the feed through a fixed-size buffer: generating a million lines holds one
    /// megabyte of them at a time.
    static func writeFeed(events: Int, seed: UInt64, endingAt end: Int64, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var feed = IngestBenchFeed(seed: seed, events: events, endingAt: end)
        var buffer = Data()
        buffer.reserveCapacity(1 << 20 + 4096)
        for _ in 0..<events {
            buffer.append(contentsOf: feed.next().utf8)
            buffer.append(0x0A)
            if buffer.count >= 1 << 20 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    private static func processSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    private static func megabytes(ofFile path: String) -> Double {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.doubleValue ?? 0
        return size / 1_048_576
    }
}

/// The process's memory as Linux reports it in /proc/self/status.
public enum ProcessMemory {
    /// VmHWM: the peak resident set size so far, in MiB; 0 where /proc is not available.
    public static func peakResidentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
            return kilobytes / 1024
        }
        return 0
    }
}
