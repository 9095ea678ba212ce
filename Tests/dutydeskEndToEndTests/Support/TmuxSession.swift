import Foundation

/// A tmux server of its own (private socket) running one program on a fixed-size window, for
/// driving the terminal inbox as a user would: keys in, screen text out.
final class TmuxSession: @unchecked Sendable {
    let socket = "dd-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (argv) with exactly `environment`; when it ends the pane prints
    /// "EXIT=<status>" and stays, so a test can see the terminal as the program left it.
    init(command: [String], environment: [String: String], width: Int = 100, height: Int = 30) throws {
        let assignments = environment.sorted { $0.key < $1.key }.map { Self.quote("\($0.key)=\($0.value)") }
        let program = (["env", "-i"] + assignments + command.map(Self.quote)).joined(separator: " ")
        let shell = "\(program); echo EXIT=$?; sleep 600"
        // The server this starts lives on after the client: it must not inherit a pipe that
        // we would then wait to see closed.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", shell], output: false)
    }

    deinit {
        _ = try? tmux(["kill-server"], output: false)
    }

    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    @discardableResult
    func tmux(_ arguments: [String], output: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-L", socket] + arguments
        process.environment = ["PATH": "/usr/bin:/bin", "TMUX_TMPDIR": FileManager.default.temporaryDirectory.path]
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard output else {
            try Self.spawnWithoutInheritedFiles(process.arguments!, environment: process.environment!)
            return ""
        }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs tmux with only /dev/null open. Foundation's Process learns that a child has exited
    /// when a socket it gave the child is closed; the tmux server that `new-session` starts
    /// would inherit that socket and keep it open for its whole life, so waiting would never end.
    static func spawnWithoutInheritedFiles(_ arguments: [String], environment: [String: String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        // glibc ignores closing a descriptor that is not open.
        for fd: Int32 in 3..<1024 { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = (["/usr/bin/tmux"] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // The calling thread may block signals (dispatch threads block them all); the child must
        // not inherit that, or the program in the pane never hears of a resize or a SIGTERM.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, argv, envp)
        guard result == 0 else { throw Timeout(description: "cannot start tmux: errno \(result)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    /// Keys in tmux notation, e.g. "j", "Enter", "C-l".
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys, output: false)
    }

    /// Text typed literally (no key names).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text], output: false)
    }

    var screen: String { (try? tmux(["capture-pane", "-p", "-t", "0"])) ?? "" }

    var paneTitle: String { ((try? tmux(["display-message", "-p", "-t", "0", "#{pane_title}"])) ?? "").trimmingCharacters(in: .newlines) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"], output: false)
    }

    /// The process id of the program in the pane (its shell's child).
    var panePID: String { ((try? tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"])) ?? "").trimmingCharacters(in: .newlines) }

    struct Timeout: Error, CustomStringConvertible {
        let description: String
    }

    /// Polls the screen until `condition` holds; fails with the last screen after `seconds`.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = screen
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(description: "timed out waiting for \(what); the screen was:\n\(last)")
    }

    @discardableResult
    func waitFor(text: String, seconds: Double = 10) throws -> String {
        try waitFor("'\(text)'", seconds: seconds) { $0.contains(text) }
    }
}
