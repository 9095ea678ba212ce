import ArgumentParser
import DutyDeskStore
import Foundation

/// `dutydesk bench ingest --events N`: ingest speed and peak memory on a generated feed.
struct BenchIngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Measure ingest on a generated feed of VK and Telegram events (JSON figures).",
        discussion: """
            Generates a realistic feed (50 pages; private messages, replies, edits, comments, \
            deletions, restores, blocks, Telegram discussion comments, out-of-order times and \
            repeated deliveries) into a temporary file, then ingests it into a new temporary \
            database with the same code as `dutydesk ingest`. Prints events, seconds, \
            events_per_second and peak_rss_mb (VmHWM). Target: 50,000 events/s over 1,000,000 \
            events with memory that does not grow with the number of events.
            """)

    @Option(help: "How many events to generate and ingest.")
    var events = 1_000_000

    @Option(help: "Work in this folder (kept afterwards) instead of a temporary one.")
    var folder: String?

    @Flag(help: "Only read and decode the feed, store nothing: the cost of ingest apart from the database.")
    var decodeOnly = false

    @Flag(help: "Only write the rows ingest writes per event (an event, a message, an item) straight into the schema: the fastest SQLite can store them here.")
    var sqliteFloor = false

    func validate() throws {
        if decodeOnly && sqliteFloor {
            throw ValidationError("--decode-only and --sqlite-floor measure different things; give one of them.")
        }
    }

    func run() throws {
        let workFolder = folder ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("dutydesk-bench-ingest-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
        defer { if folder == nil { try? FileManager.default.removeItem(atPath: workFolder) } }

        if sqliteFloor {
            let floor = try IngestFloorBenchmark.run(events: max(events, 1), folder: workFolder)
            try printJSON([
                "events": floor.events, "seconds": rounded(floor.seconds, 3),
                "events_per_second": Int(floor.eventsPerSecond.rounded()),
                "peak_rss_mb": rounded(ProcessMemory.peakResidentMegabytes(), 1),
                "target_events_per_second": 50_000, "mode": "sqlite-floor",
            ])
            return
        }

        let figures = try IngestBenchmark.run(events: max(events, 1), folder: workFolder, decodeOnly: decodeOnly)
        let report: [String: Any] = [
            "events": figures.events,
            "seconds": rounded(figures.seconds, 3),
            "events_per_second": Int(figures.eventsPerSecond.rounded()),
            "peak_rss_mb": rounded(figures.peakRSSMegabytes, 1),
            "writer_cpu_seconds": rounded(figures.writerProcessorSeconds, 3),
            "ingest_cpu_seconds": rounded(figures.ingestProcessorSeconds, 3),
            "peak_rss_before_ingest_mb": rounded(figures.peakRSSBeforeMegabytes, 1),
            "ingested": figures.counts.ingested,
            "duplicates": figures.counts.duplicates,
            "rejected": figures.counts.rejected,
            "feed_mb": rounded(figures.feedMegabytes, 1),
            "database_mb": rounded(figures.databaseMegabytes, 1),
            "generate_seconds": rounded(figures.generateSeconds, 2),
            "target_events_per_second": 50_000,
            "mode": decodeOnly ? "decode-only" : "ingest",
        ]
        try printJSON(report)
    }

    private func printJSON(_ report: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    private func rounded(_ value: Double, _ places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }
}
