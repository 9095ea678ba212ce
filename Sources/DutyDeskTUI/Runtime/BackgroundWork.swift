import Foundation

/// Runs slow jobs (reloads, searches, writes) off the main loop, one at a time and in order,
/// and keeps their resulting actions until the loop collects them.
final class BackgroundWork: @unchecked Sendable {
    private let queue: DispatchQueue
    private let lock = NSLock()
    private var finished: [Action] = []
    private var running = 0

    init(label: String = "dutydesk.background") {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    func run(_ job: @escaping @Sendable () -> [Action]) {
        lock.withLock { running += 1 }
        queue.async { [self] in
            let actions = job()
            lock.withLock {
                finished += actions
                running -= 1
            }
        }
    }

    /// The actions of every job finished since the last call.
    func collect() -> [Action] {
        lock.withLock {
            defer { finished = [] }
            return finished
        }
    }

    var isIdle: Bool { lock.withLock { running == 0 && finished.isEmpty } }

    /// Waits for every job started so far (tests, benchmarks).
    func waitUntilIdle() {
        queue.sync {}
    }
}
