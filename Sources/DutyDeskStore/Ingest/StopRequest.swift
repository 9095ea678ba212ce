import Foundation

/// Asks a running ingest to stop (SIGINT, SIGTERM): it stops reading, stores every line it has
/// already read, and returns normally. Set from a signal-handling thread, read by the reader.
public final class StopRequest: @unchecked Sendable {
    // A lock rather than an atomic: it is read a few times a second, and `Synchronization`
    // atomics would raise the macOS deployment target.
    private let lock = NSLock()
    private var requested = false

    public init() {}

    public func request() {
        lock.lock()
        requested = true
        lock.unlock()
    }

    public var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }
}
