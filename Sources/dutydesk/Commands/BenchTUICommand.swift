import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import DutyDeskTUI
import Foundation

/// `dutydesk bench tui`: the terminal inbox's performance on a large inbox (issue 4): the first
/// full screen after start, the time to render a key press, the CPU of a countdown tick, the
/// resident memory. Prints JSON. A benchmark, not a test: it reports, it does not judge.
struct BenchTUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Measure the terminal inbox on a large generated inbox (JSON figures).",
        discussion: """
            Generates a temporary database (50 pages; --items items of 10 messages each) with SQL, \
            then starts the real program on a 100×30 pseudo-terminal --runs times (first paint, \
            idle tick CPU, memory) and replays key presses in process (render time per key, \
            without the terminal's own output). Build with -c release for meaningful figures.
            """)

    @Option(help: "Items to generate; each has 10 messages.")
    var items = 100_000

    @Option(help: "How many of them are open (waiting for a reply).")
    var open = 10_000

    @Option(help: "Start-ups to time.")
    var runs = 5

    @Option(help: "Keep the generated database at this path instead of a temporary file.")
    var keep: String?

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = keep ?? folder + "/bench.sqlite"

        let now = Date()
        let seedStart = Monotonic.nanoseconds
        let database = try DutyDeskDatabase.open(path: path)
        let seeded = try LargeInboxSeeder.seed(database, items: items, openItems: open, now: now)
        let seedSeconds = Double(Monotonic.nanoseconds - seedStart) / 1e9

        let startups = try (0..<max(runs, 1)).map { _ in try BenchStartup.measure(databasePath: path, folder: folder) }
        let keys = try BenchKeys.measure(database: database, now: now)

        let report: [String: Any] = [
            "database": ["pages": LargeInboxSeeder.pageCount, "items": seeded.items, "messages": seeded.messages,
                         "open_items": seeded.openItems, "generated_in_s": round2(seedSeconds)],
            "first_paint_ms": summary(startups.map(\.firstPaintMilliseconds)),
            "idle_tick_cpu_ms": summary(startups.map(\.tickCPUMilliseconds)),
            "resident_mib": summary(startups.map(\.residentMiB)),
            "peak_resident_mib": summary(startups.map(\.peakResidentMiB)),
            "key_render_ms": keys,
            "targets": ["first_paint_ms": 150, "key_render_p99_ms": 10, "tick_cpu_ms": 2, "resident_mib": 80],
        ]
        let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    func summary(_ values: [Double]) -> [String: Double] {
        let sorted = values.sorted()
        return ["min": round2(sorted.first ?? 0), "median": round2(sorted[sorted.count / 2]), "max": round2(sorted.last ?? 0)]
    }
}

func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }

/// One start of the real program on a pseudo-terminal, with DUTYDESK_BENCH_PROBE set.
struct BenchStartup {
    let firstPaintMilliseconds: Double
    let tickCPUMilliseconds: Double
    let residentMiB: Double
    let peakResidentMiB: Double

    static func measure(databasePath: String, folder: String) throws -> BenchStartup {
        let probe = folder + "/probe-\(UUID().uuidString).json"
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        let environment = [
            "PATH": "/usr/bin:/bin", "HOME": folder, "XDG_STATE_HOME": folder + "/state", "XDG_CONFIG_HOME": folder + "/config",
            "LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Europe/Moscow",
            "DUTYDESK_DB": databasePath, "DUTYDESK_BENCH_PROBE": probe,
        ]
        let started = Monotonic.nanoseconds
        let run = try PseudoTerminalRun.run(path: executable, arguments: [], environment: environment, rows: 30, columns: 100)
        guard run.status == 0, let data = FileManager.default.contents(atPath: probe),
              let figures = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CommandFailure(Localized(ru: "bench tui: программа завершилась с кодом \(run.status) без замеров",
                                           en: "bench tui: the program exited \(run.status) without figures"))
        }
        func number(_ key: String) -> Double { (figures[key] as? NSNumber)?.doubleValue ?? 0 }
        let ticks = max(number("idle_ticks"), 1)
        return BenchStartup(
            firstPaintMilliseconds: (number("first_paint_monotonic_ns") - Double(started)) / 1e6,
            tickCPUMilliseconds: number("idle_cpu_ns") / ticks / 1e6,
            residentMiB: number("rss_kib") / 1024, peakResidentMiB: number("peak_rss_kib") / 1024)
    }
}

/// Key presses replayed through the same runtime, update and view as the terminal, timed from
/// the key to a finished Canvas (the terminal's output excluded).
enum BenchKeys {
    static func measure(database: DutyDeskDatabase, now: Date) throws -> [String: Any] {
        let backend = try DatabaseBackend(database: database, staff: nil, watchChanges: false)
        let session = Session(username: "bench", staff: nil, language: .ru, clockIsFixed: false,
                              localClock: LocalClock(timeZone: TimeZone(identifier: "Europe/Moscow")!))
        let runtime = AppRuntime.inline(state: AppState(size: ScreenSize(width: 100, height: 30), session: session, now: now),
                                        backend: backend, allowsWrites: false)
        runtime.start()
        _ = ScreenView.render(runtime.state)

        func time(_ keys: [Key]) -> [Double] {
            keys.map { key in
                let start = Monotonic.nanoseconds
                runtime.send(.key(key))
                _ = ScreenView.render(runtime.state)
                return Double(Monotonic.nanoseconds - start) / 1e6
            }
        }
        let moves = time(Array(repeating: Key.character("j"), count: 600) + Array(repeating: .character("k"), count: 200)
            + Array(repeating: .pageDown, count: 100) + Array(repeating: .pageUp, count: 50)
            + [.character("G"), .character("g"), .end, .home])
        // Status through all five (open, overdue, answered, all, unread), pages through all 50, kinds.
        let filters = time(Array(repeating: Key.character("s"), count: 100) + Array(repeating: .character("p"), count: 104)
            + Array(repeating: .character("t"), count: 99))
        // Ticks: one second each, update and view only (CPU time, in process).
        var tickCPU: [Double] = []
        for second in 1...100 {
            let cpu = Monotonic.processCPUNanoseconds
            runtime.send(.tick(now.addingTimeInterval(Double(second)), uptime: Int64(second)))
            _ = ScreenView.render(runtime.state)
            tickCPU.append(Double(Monotonic.processCPUNanoseconds - cpu) / 1e6)
        }
        return ["moves": percentiles(moves), "filter_changes": percentiles(filters), "tick_update_and_view_cpu": percentiles(tickCPU),
                "listed_items_at_end": runtime.state.list.count]
    }

    static func percentiles(_ values: [Double]) -> [String: Double] {
        let sorted = values.sorted()
        func at(_ p: Double) -> Double { sorted[min(Int(Double(sorted.count - 1) * p), sorted.count - 1)] }
        return ["count": Double(sorted.count), "p50": round2(at(0.5)), "p99": round2(at(0.99)), "max": round2(sorted.last ?? 0)]
    }
}
