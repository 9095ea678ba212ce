#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of the feed, without its line break.
public struct SourceLine: Sendable, Equatable {
    /// 1-based, within the current file (it starts again after a truncation or a rotation).
    public let number: Int
    /// The line's bytes; only the first `LineSplitter.maximumLineBytes` of an over-long line.
    public let bytes: [UInt8]
    /// The real length of the line; more than `bytes.count` when it was too long to keep.
    public let length: Int

    public init(number: Int, bytes: [UInt8], length: Int? = nil) {
        self.number = number
        self.bytes = bytes
        self.length = length ?? bytes.count
    }

    public var isTooLong: Bool { length > bytes.count }
}

/// Cuts a byte stream into lines at `\n`.
///
/// A line longer than `maximumLineBytes` is not buffered whole: its first megabyte is kept (for
/// the quarantine), the rest is only counted until the next newline, so a runaway line cannot
/// exhaust memory.
struct LineSplitter {
    static let maximumLineBytes = 1 << 20

    /// The start of a line that continues in the next chunk.
    private var pending: [UInt8] = []
    /// The length so far of the current line once it has gone past the limit.
    private var overflowLength: Int?
    private(set) var lineNumber = 0

    /// Appends the complete lines found in `chunk` to `lines`.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, into lines: inout [SourceLine]) {
        guard let base = chunk.baseAddress else { return }
        var start = 0
        while start < chunk.count {
            guard let found = memchr(base + start, 0x0A, chunk.count - start) else {
                append(UnsafeBufferPointer(start: base + start, count: chunk.count - start))
                return
            }
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let piece = UnsafeBufferPointer(start: base + start, count: end - start)
            if pending.isEmpty, overflowLength == nil, piece.count <= Self.maximumLineBytes {
                // The usual case, a whole line inside the chunk: one exact copy.
                lines.append(makeLine(Array(piece), length: nil))
            } else {
                append(piece)
                lines.append(takePending())
            }
            start = end + 1
        }
    }

    /// The last line when the stream ended without a line break; nil when nothing is pending.
    mutating func finish() -> SourceLine? {
        guard !pending.isEmpty || overflowLength != nil else { return nil }
        return takePending()
    }

    /// Starts over on a new file: numbering restarts at 1 and any unfinished line is dropped
    /// (call `finish` first to keep it).
    mutating func restart() {
        pending = []
        overflowLength = nil
        lineNumber = 0
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let length = overflowLength {
            overflowLength = length + bytes.count
            return
        }
        let room = Self.maximumLineBytes - pending.count
        if bytes.count <= room {
            pending.append(contentsOf: bytes)
        } else {
            pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<room]))
            overflowLength = Self.maximumLineBytes + (bytes.count - room)
        }
    }

    private mutating func takePending() -> SourceLine {
        let line = makeLine(pending, length: overflowLength)
        pending = []
        overflowLength = nil
        return line
    }

    private mutating func makeLine(_ bytes: [UInt8], length: Int?) -> SourceLine {
        lineNumber += 1
        var bytes = bytes
        // A CRLF file: the carriage return belongs to the line break, not to the event.
        if length == nil, bytes.last == 0x0D { bytes.removeLast() }
        return SourceLine(number: lineNumber, bytes: bytes, length: length)
    }
}
