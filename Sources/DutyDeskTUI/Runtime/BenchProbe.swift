import Foundation

/// `bench tui` starts the real program in a pseudo-terminal with DUTYDESK_BENCH_PROBE set.
/// The program then notes when its first screen was painted, waits for the whole inbox to be
/// loaded, measures the CPU of a number of idle countdown ticks and its memory, writes those
/// figures as JSON and quits.
final class BenchProbe {
    let path: String
    let ticksToMeasure: Int
    private var firstPaint: UInt64?
    private var idleSince: (cpu: UInt64, ticks: Int)?
    private var ticks = 0

    init(path: String, ticksToMeasure: Int = 10) {
        self.path = path
        self.ticksToMeasure = ticksToMeasure
    }

    func painted() {
        if firstPaint == nil { firstPaint = Monotonic.nanoseconds }
    }

    func ticked() {
        ticks += 1
    }

    /// Called after each frame; true when the figures are written and the program should quit.
    func frameDone(fullyLoaded: Bool, idle: Bool) -> Bool {
        guard fullyLoaded, idle else { return false }
        guard let since = idleSince else {
            idleSince = (Monotonic.processCPUNanoseconds, ticks)
            return false
        }
        guard ticks - since.ticks >= ticksToMeasure else { return false }
        let cpu = Monotonic.processCPUNanoseconds - since.cpu
        let memory = Monotonic.residentKiB()
        let figures: [String: Any] = [
            "first_paint_monotonic_ns": firstPaint ?? 0,
            "idle_ticks": ticks - since.ticks,
            "idle_cpu_ns": cpu,
            "rss_kib": memory.current,
            "peak_rss_kib": memory.peak,
        ]
        if let data = try? JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys]) {
            try? data.write(to: URL(fileURLWithPath: path))
        }
        return true
    }
}
