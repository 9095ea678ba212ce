import CNcursesw
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program on a pseudo-terminal of a given size and reads (and discards) everything it
/// draws until it exits: how `bench tui` starts the real program as a terminal would.
public enum PseudoTerminalRun {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Returns the exit status (or 128 + signal) and how many bytes the program wrote.
    public static func run(path: String, arguments: [String], environment: [String: String], rows: Int, columns: Int)
        throws -> (status: Int32, outputBytes: Int) {
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var master: Int32 = -1, pid: Int32 = 0
        let result = dd_spawn_in_pty(path, argv, envp, Int32(rows), Int32(columns), &master, &pid)
        guard result == 0 else { throw Failure(description: "cannot start \(path): errno \(result)") }
        defer { close(master) }
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 { total += count; continue }
            if count < 0 && errno == EINTR { continue }
            break   // EIO: the program has exited and the terminal is closed.
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7F == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), total)
    }
}
