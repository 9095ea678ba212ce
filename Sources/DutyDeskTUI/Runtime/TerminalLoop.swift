import DutyDeskCore
import Foundation

/// The interactive program: draws, reads input, ticks every second, watches the database.
public enum TUIApp {
    /// How often another process's writes are looked for.
    static let pollSeconds = 1.0
    /// While background work runs, the loop wakes this often to collect its result.
    static let busyWakeMilliseconds: Int32 = 15

    /// Runs until the operator quits or a quit signal arrives; returns the exit status.
    public static func run(_ launch: TUILaunch) throws -> Int32 {
        let terminal = try Terminal(theme: launch.theme)
        defer { terminal.stop() }
        let backend = try DatabaseBackend(database: launch.database, staff: launch.staff, watchChanges: true)
        let runtime = AppRuntime(state: launch.initialState(size: terminal.size), backend: backend,
                                 memory: launch.filterMemory, background: BackgroundWork())
        let probe = launch.benchProbePath.map { BenchProbe(path: $0) }
        let started = Monotonic.nanoseconds

        runtime.start()
        terminal.draw(ScreenView.render(runtime.state))
        probe?.painted()

        var nextTick = (Date().timeIntervalSince1970 + 0.001).rounded(.up)
        var nextPoll = Date().timeIntervalSince1970 + pollSeconds
        var exitStatus: Int32 = 0
        while !runtime.wantsQuit {
            if let signal = Terminal.takeQuitSignal() {
                exitStatus = 128 + signal
                break
            }
            var changed = false
            let wall = Date().timeIntervalSince1970
            var wait = Int32(max(0, (min(nextTick, nextPoll) - wall) * 1000).rounded(.up))
            if !runtime.isIdle { wait = min(wait, busyWakeMilliseconds) }
            if let event = terminal.read(timeoutMilliseconds: wait) {
                handle(event, runtime, terminal)
                // Keys typed (or repeated) faster than we draw are handled before one frame.
                var extra = 0
                while extra < 200, let more = terminal.read(timeoutMilliseconds: 0) {
                    handle(more, runtime, terminal)
                    extra += 1
                }
                changed = true
            }
            if runtime.collectBackground() { changed = true }
            let now = Date().timeIntervalSince1970
            if now >= nextTick {
                let uptime = Int64((Monotonic.nanoseconds - started) / 1_000_000_000)
                runtime.send(.tick(Date(), uptime: uptime))
                probe?.ticked()
                nextTick = now.rounded(.down) + 1
                changed = true
            }
            if now >= nextPoll {
                if (try? backend.hasChanged()) == true {
                    runtime.send(.databaseChanged)
                    changed = true
                }
                nextPoll = now + pollSeconds
            }
            for request in runtime.takeTerminalRequests() {
                perform(request, runtime, terminal)
                changed = true
            }
            if runtime.wantsRepaint {
                runtime.wantsRepaint = false
                terminal.repaintAll()
                changed = true
            }
            if changed { terminal.draw(ScreenView.render(runtime.state)) }
            if let probe, probe.frameDone(fullyLoaded: runtime.state.list.includesSettled, idle: runtime.isIdle) { break }
        }
        // A draft typed just before quitting is still being written: let it land.
        runtime.finishBackground()
        return exitStatus
    }

    static func perform(_ request: TerminalRequest, _ runtime: AppRuntime, _ terminal: Terminal) {
        switch request {
        case .copyToClipboard(let text):
            terminal.writeControl(ClipboardSequence.osc52(text))
        case .editText(let text, let then):
            let edited = terminal.suspended { ExternalEditor.edit(text) }
            runtime.send(then(edited))
        }
    }

    static func handle(_ event: TerminalInput.Event, _ runtime: AppRuntime, _ terminal: Terminal) {
        switch event {
        case .key(let key): runtime.send(.key(key))
        case .mouse(let mouse): runtime.send(.mouse(mouse))
        case .resize(let size):
            runtime.send(.resize(size))
            terminal.repaintAll()
        }
    }
}
