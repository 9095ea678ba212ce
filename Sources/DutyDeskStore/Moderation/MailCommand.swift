import Foundation

/// Hands a finished mail to a sendmail-compatible command through `/bin/sh -c`, so the
/// configured text may carry its own options (`/usr/sbin/sendmail -t -i`).
public enum MailCommand {
    public enum Outcome: Sendable, Equatable {
        case sent(command: String)
        case failed(command: String, reason: String)
    }

    /// A mail transfer agent that has not finished by then is hanging; the mail file stays.
    static let timeout: TimeInterval = 60

    public static func send(_ message: String, with command: String) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .failed(command: command, reason: error.localizedDescription)
        }
        // A command that exits without reading its input must not kill dutydesk with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        // Read the command's complaints on the side, so a command that hangs cannot hang us.
        let errorText = CollectedOutput()
        let readerDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorText.set(errors.fileHandleForReading.readDataToEndOfFile())
            readerDone.signal()
        }
        try? input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
        try? input.fileHandleForWriting.close()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            return .failed(command: command, reason: "no answer within \(Int(timeout)) s")
        }
        _ = readerDone.wait(timeout: .now() + 2)
        guard process.terminationStatus == 0 else {
            let said = String(decoding: errorText.get(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failed(command: command, reason: "exit status \(process.terminationStatus)" + (said.isEmpty ? "" : ": \(said.prefix(300))"))
        }
        return .sent(command: command)
    }
}

/// Bytes written by one thread and read by another once it has signalled.
private final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
