#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a feed offers next.
public enum LineInput: Sendable, Equatable {
    case line(SourceLine)
    /// Nothing to read right now (a pipe or a followed file is quiet): a good moment to store
    /// what has been read, so that a line is in the database within a second of being written.
    case idle
    /// The feed has ended, or a stop was requested and every line read has been handed out.
    case end
}

public protocol LineSource: AnyObject {
    func next() throws -> LineInput
}

/// Reading failed (not "no data yet").
public struct LineSourceError: Error, Equatable {
    public let path: String
    public let reason: String
}

/// The shared part of the readers: a read buffer, the splitter and the lines ready to hand out.
final class LineReadBuffer {
    static let chunkSize = 256 * 1024

    var splitter = LineSplitter()
    private var ready: [SourceLine] = []
    private var readyIndex = 0
    private let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: LineReadBuffer.chunkSize)

    deinit {
        buffer.deallocate()
    }

    /// The next line already read, if any.
    func takeReady() -> SourceLine? {
        guard readyIndex < ready.count else {
            if !ready.isEmpty {
                ready.removeAll(keepingCapacity: true)
                readyIndex = 0
            }
            return nil
        }
        defer { readyIndex += 1 }
        return ready[readyIndex]
    }

    /// Reads once from `descriptor` into the splitter: the byte count, 0 at end of file.
    func readChunk(from descriptor: Int32, path: String) throws -> Int {
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 {
                splitter.feed(UnsafeBufferPointer(start: buffer.baseAddress, count: count), into: &ready)
                return count
            }
            if errno == EINTR || errno == EAGAIN { continue }
            throw LineSourceError(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Hands out the unfinished last line as a line of its own.
    func finishLine() {
        if let last = splitter.finish() { ready.append(last) }
    }
}

/// A file read to its end, or standard input (or any pipe) read until it closes.
public final class DescriptorLineSource: LineSource {
    private let lines = LineReadBuffer()
    private let stop: StopRequest
    private let descriptor: Int32
    private let path: String
    private let closeWhenDone: Bool
    private var ended = false

    /// How long to wait for a quiet pipe before saying `idle`.
    static let pollMilliseconds: Int32 = 100

    public init(descriptor: Int32, path: String, closeWhenDone: Bool, stop: StopRequest) {
        self.descriptor = descriptor
        self.path = path
        self.closeWhenDone = closeWhenDone
        self.stop = stop
    }

    /// Opens a file for reading.
    public static func open(path: String, stop: StopRequest) throws -> DescriptorLineSource {
        DescriptorLineSource(descriptor: try openForReading(path), path: path, closeWhenDone: true, stop: stop)
    }

    deinit {
        if closeWhenDone { close(descriptor) }
    }

    public func next() throws -> LineInput {
        while true {
            if let line = lines.takeReady() { return .line(line) }
            if ended { return .end }
            if stop.isRequested {
                end()
                continue
            }
            // poll() so that a quiet pipe still lets the caller store what it has and notice a
            // stop request; a regular file is always ready.
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, Self.pollMilliseconds)
            if ready == 0 { return .idle }
            if ready < 0 {
                if errno == EINTR { continue }
                throw LineSourceError(path: path, reason: String(cString: strerror(errno)))
            }
            if try lines.readChunk(from: descriptor, path: path) == 0 { end() }
        }
    }

    private func end() {
        lines.finishLine()
        ended = true
    }
}

/// open(2) for reading, or the reason it failed.
func openForReading(_ path: String) throws -> Int32 {
    #if canImport(Glibc)
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    #else
    let descriptor = Darwin.open(path, O_RDONLY | O_CLOEXEC)
    #endif
    guard descriptor >= 0 else { throw LineSourceError(path: path, reason: String(cString: strerror(errno))) }
    return descriptor
}

