import Foundation

/// Hands decoded batches from the reading thread to the writing thread.
///
/// Bounded: when the writer falls behind, the reader waits, so memory holds at most a few
/// batches however long the feed. Reading and decoding (one core) overlap with the database
/// writes (the other core), which is where the two cores of these machines pay off.
final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [[IngestEntry]] = []
    private var closed = false
    private var finished = false
    private var failure: (any Error)?
    private var counts = IngestCounts()
    private var writerSeconds: Double = 0
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    // MARK: The reading side

    /// Queues a batch, waiting while the queue is full; throws the writer's error if it failed.
    func put(_ batch: [IngestEntry]) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && failure == nil { condition.wait() }
        if let failure { throw failure }
        queue.append(batch)
        condition.broadcast()
    }

    /// No more batches: waits until the writer has stored every queued one, then returns the
    /// counts or throws the writer's error.
    func closeAndWait() throws -> IngestCounts {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while !finished && failure == nil { condition.wait() }
        if let failure { throw failure }
        return counts
    }

    /// What the writer has stored so far.
    var storedCounts: IngestCounts {
        condition.lock()
        defer { condition.unlock() }
        return counts
    }

    // MARK: The writing side

    /// The next batch; nil once the channel is closed and empty.
    func take() -> [IngestEntry]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !closed { condition.wait() }
        guard !queue.isEmpty else {
            finished = true
            condition.broadcast()
            return nil
        }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    /// A batch is stored; `writerProcessorSeconds` is the writing thread's processor time so far.
    func stored(_ batchCounts: IngestCounts, writerProcessorSeconds seconds: Double) {
        condition.lock()
        counts = counts + batchCounts
        writerSeconds = seconds
        condition.unlock()
    }

    /// The writing thread's processor time when it stored its last batch.
    var writerProcessorSeconds: Double {
        condition.lock()
        defer { condition.unlock() }
        return writerSeconds
    }

    func fail(_ error: any Error) {
        condition.lock()
        failure = error
        condition.broadcast()
        condition.unlock()
    }
}
