import Foundation

/// A dutydesk process left running (for --follow, signals and kill -9).
final class RunningDutyDesk {
    private let process = Process()
    private let out: PipeDrain
    private let err: PipeDrain

    init(_ binary: DutyDeskBinary, _ arguments: [String]) throws {
        let outPipe = Pipe(), errPipe = Pipe()
        process.executableURL = URL(fileURLWithPath: binary.executable)
        process.arguments = arguments
        process.environment = binary.environment
        process.currentDirectoryURL = URL(fileURLWithPath: binary.workspace.path)
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        out = PipeDrain(outPipe)
        err = PipeDrain(errPipe)
    }

    var isRunning: Bool { process.isRunning }

    func stop(signal: Int32) throws -> DutyDeskBinary.Result {
        Foundation.kill(process.processIdentifier, signal)
        return try wait()
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func wait() throws -> DutyDeskBinary.Result {
        process.waitUntilExit()
        return DutyDeskBinary.Result(status: process.terminationStatus, stdout: out.text(), stderr: err.text())
    }
}

/// Reads a pipe to its end on a thread of its own, so a chatty process never blocks on it.
final class PipeDrain: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func text() -> String {
        done.wait()
        done.signal()
        return String(decoding: data, as: UTF8.self)
    }
}
