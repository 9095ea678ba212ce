import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `dutydesk bench report`: the quarterly report on a generated quarter of a million items.
struct BenchReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Measure `report quarter` on a generated quarter (JSON figures).",
        discussion: """
            Generates a quarter of items over 50 pages (answered once, asked again and answered, \
            unanswered; templates, free text and replies made outside dutydesk; blocks and \
            escalations) with bulk SQL into a temporary database, then builds the quarterly report \
            for every page, as `dutydesk report quarter` does, several times. Prints the seconds \
            (wall clock and processor) of each run. Target: 1,000,000 items within 2 seconds.
            """)

    @Option(help: "How many items to generate.")
    var items = 1_000_000

    @Option(help: "Over how many pages.")
    var pages = 50

    @Option(help: "How many times to build the report.")
    var runs = 3

    @Option(help: "Use (and keep) this database file; generated only when it does not exist yet.")
    var database: String?

    func run() throws {
        let quarter = QuarterPeriod(year: 2026, quarter: 4)!
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-bench-report-\(UUID().uuidString)")
        let path = database ?? folder.appendingPathComponent("bench.sqlite").path
        defer { if database == nil { try? FileManager.default.removeItem(at: folder) } }
        let existed = FileManager.default.fileExists(atPath: path)
        let store = try DutyDeskDatabase.open(path: path)
        var generateSeconds = 0.0
        if !existed {
            let started = Date()
            _ = try ReportBenchmarkData.fill(store, quarter: quarter, items: max(items, 1), pages: max(pages, 1))
            generateSeconds = Date().timeIntervalSince(started)
        }
        // A week after the quarter: every figure is final, as when the coordinator writes it up.
        let now = QuarterPeriod.midnight(quarter.endDay.adding(days: 7), in: TimeZone(identifier: "Europe/Moscow")!)
        var wall: [Double] = [], processor: [Double] = []
        var requests = 0
        for _ in 0..<max(runs, 1) {
            let cpuBefore = Self.processorSeconds(), started = Date()
            let report = try QuarterFigures.report(store, quarter: quarter, now: now)
            _ = QuarterReportMarkdown.render(report, language: .ru)
            wall.append(Date().timeIntervalSince(started))
            processor.append(Self.processorSeconds() - cpuBefore)
            requests = report.overall.requests
        }
        let figures: [String: Any] = [
            "items": try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM items") ?? 0 },
            "messages": try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM messages") ?? 0 },
            "requests": requests,
            "pages": pages,
            "quarter": quarter.description,
            "seconds": wall.map { Self.rounded($0) },
            "best_seconds": Self.rounded(wall.min() ?? 0),
            "processor_seconds": processor.map { Self.rounded($0) },
            "generate_seconds": Self.rounded(generateSeconds),
            "load_average_1min": Self.loadAverage(),
            "target_seconds": 2,
        ]
        let data = try JSONSerialization.data(withJSONObject: figures, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    /// User plus system time of this process: what the report cost, whatever else the machine was doing.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
    }

    /// The machine's load while measuring: a wall-clock figure means little without it.
    static func loadAverage() -> Double {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) > 0 ? rounded(loads[0]) : -1
    }

    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
