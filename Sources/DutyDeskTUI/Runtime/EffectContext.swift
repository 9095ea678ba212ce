import DutyDeskStore
import Foundation

/// What a feature needs to perform its effects: the database, who acts and when, and a way
/// to run slow work off the main loop.
struct EffectContext {
    let backend: any InboxBackend
    let now: Date
    let session: Session
    /// False for `snapshot`: it shows the screen and never changes the database.
    let allowsWrites: Bool
    /// Runs a job in the background when the runtime has one, else at once.
    let later: (@escaping @Sendable () -> [Action]) -> [Action]
    /// Like `later`, for reads that take seconds; they never hold up writes queued meanwhile.
    let laterLong: (@escaping @Sendable () -> [Action]) -> [Action]
    /// Queues work for the terminal loop (clipboard, external editor).
    let terminal: (TerminalRequest) -> Void

    /// Nil when the backend is a scripted scene (screen tests).
    var database: DutyDeskDatabase? { backend.database }
}
