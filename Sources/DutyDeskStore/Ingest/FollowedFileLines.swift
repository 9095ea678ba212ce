#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that keeps growing, followed like `tail -F`: read to its end, then every new line as
/// it is written, surviving truncation (`copytruncate`, `> file`) and rotation (the file renamed
/// and a new one created under its name). Stops only when asked to.
///
/// After a truncation or a rotation the new content is read from its start, and its line
/// numbers start again at 1. The old file of a rotation is read to its end before switching.
public final class FollowedFileLines: LineSource {
    private let lines = LineReadBuffer()
    private let stop: StopRequest
    /// How often a quiet file is looked at again: well inside the one-second promise.
    static let pollMicroseconds: UInt32 = 100_000

    private struct Identity: Equatable {
        let device: UInt64
        let inode: UInt64
    }

    private let path: String
    private var descriptor: Int32
    private var identity: Identity
    /// Bytes read from the current file: a file now shorter than this was truncated.
    private var offset: Int64 = 0
    private var ended = false

    public init(path: String, stop: StopRequest) throws {
        self.path = path
        descriptor = try openForReading(path)
        var info = stat()
        fstat(descriptor, &info)
        identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        self.stop = stop
    }

    deinit {
        close(descriptor)
    }

    public func next() throws -> LineInput {
        while true {
            if let line = lines.takeReady() { return .line(line) }
            if ended { return .end }
            if stop.isRequested {
                lines.finishLine()
                ended = true
                continue
            }
            let count = try lines.readChunk(from: descriptor, path: path)
            if count > 0 {
                offset += Int64(count)
                continue
            }
            if try switchedAfterTruncationOrRotation() { continue }
            usleep(Self.pollMicroseconds)
            return .idle
        }
    }

    /// At the end of the current file: starts over when it was truncated or replaced.
    private func switchedAfterTruncationOrRotation() throws -> Bool {
        var current = stat()
        if fstat(descriptor, &current) == 0, Int64(current.st_size) < offset {
            lines.finishLine()
            lines.splitter.restart()
            lseek(descriptor, 0, SEEK_SET)
            offset = 0
            return true
        }
        var named = stat()
        // Missing: renamed away and not created again yet; keep reading the old one meanwhile.
        guard stat(path, &named) == 0 else { return false }
        let now = Identity(device: UInt64(named.st_dev), inode: UInt64(named.st_ino))
        guard now != identity, let replacement = try? openForReading(path) else { return false }
        // The old file may have grown between the last read and the rename.
        while try lines.readChunk(from: descriptor, path: path) > 0 {}
        lines.finishLine()
        lines.splitter.restart()
        close(descriptor)
        descriptor = replacement
        var opened = stat()
        fstat(replacement, &opened)
        identity = Identity(device: UInt64(opened.st_dev), inode: UInt64(opened.st_ino))
        offset = 0
        return true
    }
}
