import DutyDeskCore
import DutyDeskStore
import Foundation

/// Holds the state, feeds actions through `update`, and performs the effects: quick reads
/// inline (the screen needs them for this very frame), slow work in the background when a
/// `BackgroundWork` is given, else inline too (snapshot, benchmark).
public final class AppRuntime {
    public private(set) var state: AppState
    let backend: any InboxBackend
    let memory: FilterMemory?
    let background: BackgroundWork?
    /// Reads that take seconds (a quarter's report) queue here, so that read marks, reloads and
    /// draft saves never wait behind them.
    let longBackground: BackgroundWork?
    /// False for `snapshot`: it shows the screen and never changes the database.
    let allowsWrites: Bool
    /// Set by the quit effect; the loop ends.
    public private(set) var wantsQuit = false
    /// Set by the redraw effect (Ctrl-L); the terminal loop repaints every cell.
    public var wantsRepaint = false
    /// Clipboard writes and editor runs waiting for the terminal loop (tests read them here).
    public private(set) var terminalRequests: [TerminalRequest] = []

    init(state: AppState, backend: any InboxBackend, memory: FilterMemory?, background: BackgroundWork?,
         allowsWrites: Bool = true) {
        self.state = state
        self.backend = backend
        self.memory = memory
        self.background = background
        longBackground = background == nil ? nil : BackgroundWork(label: "dutydesk.long-reads")
        self.allowsWrites = allowsWrites
    }

    /// A runtime that does everything inline: `snapshot`, tests and the benchmark.
    public static func inline(state: AppState, backend: any InboxBackend, allowsWrites: Bool) -> AppRuntime {
        AppRuntime(state: state, backend: backend, memory: nil, background: nil, allowsWrites: allowsWrites)
    }

    /// Loads the open items (enough for the first screen) and hands them to `update`.
    public func start() {
        let now = state.now
        do {
            send(.inboxLoaded(try backend.loadOpen(now: now)))
        } catch {
            send(.loadFailed(Self.describe(error)))
        }
    }

    /// Runs one action and everything it leads to, until nothing is left to do inline.
    public func send(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in Update.apply(next, to: &state) {
                queue += perform(effect)
            }
        }
    }

    /// Hands finished background work to `update`; true when anything arrived.
    @discardableResult
    public func collectBackground() -> Bool {
        guard let background else { return false }
        let actions = background.collect() + (longBackground?.collect() ?? [])
        for action in actions { send(action) }
        return !actions.isEmpty
    }

    var isIdle: Bool { (background?.isIdle ?? true) && (longBackground?.isIdle ?? true) }

    /// Hands the queued terminal work to the loop, emptying the queue.
    public func takeTerminalRequests() -> [TerminalRequest] {
        defer { terminalRequests = [] }
        return terminalRequests
    }

    /// Lets queued writes (a draft typed just before quitting) reach the database.
    func finishBackground() {
        background?.waitUntilIdle()
        collectBackground()
    }

    private func perform(_ effect: Effect) -> [Action] {
        let backend = self.backend
        let now = state.now
        switch effect {
        case .loadRowTexts(let ids):
            return attempt { [.rowTextsLoaded(try backend.rowTexts(ids))] }
        case .loadThread(let id):
            return attempt { [.threadLoaded(itemID: id, try backend.thread(id))] }
        case .markRead(let id):
            guard allowsWrites else { return [.readSkipped(itemID: id)] }
            return later {
                do {
                    return [.readMarked(itemID: id, try backend.markRead(id, at: now))]
                } catch {
                    return [.writeFailed(itemID: id, Self.describe(error))]
                }
            }
        case .reload:
            return later { Self.attempt { [.inboxLoaded(try backend.loadAll(now: now))] } }
        case .search(let text):
            return later { Self.attempt { [.searchFinished(query: text, matches: try backend.search(text))] } }
        case .saveFilter(let filter):
            guard let memory else { return [] }
            let username = state.session.username
            return later {
                // Losing a remembered filter is no reason to bother the operator mid-shift.
                try? memory.save(filter, for: username)
                return []
            }
        case .redrawTerminal:
            wantsRepaint = true
            return []
        case .quit:
            wantsQuit = true
            return []
        case .replies(let effect):
            return RepliesUIEffects.perform(effect, effectContext)
        case .moderation(let effect):
            return ModerationUIEffects.perform(effect, effectContext)
        case .duty(let effect):
            return DutyUIEffects.perform(effect, effectContext)
        case .reports(let effect):
            return ReportsUIEffects.perform(effect, effectContext)
        }
    }

    private var effectContext: EffectContext {
        EffectContext(backend: backend, now: state.now, session: state.session, allowsWrites: allowsWrites,
                      later: { self.later($0) }, laterLong: { self.laterLong($0) }, terminal: { self.terminalRequests.append($0) })
    }

    /// A long read in its own background queue if there is one, else now.
    private func laterLong(_ job: @escaping @Sendable () -> [Action]) -> [Action] {
        guard let longBackground else { return job() }
        longBackground.run(job)
        return []
    }

    /// Runs a job in the background if there is one, else now.
    private func later(_ job: @escaping @Sendable () -> [Action]) -> [Action] {
        guard let background else { return job() }
        background.run(job)
        return []
    }

    private func attempt(_ body: () throws -> [Action]) -> [Action] {
        Self.attempt(body)
    }

    private static func attempt(_ body: () throws -> [Action]) -> [Action] {
        do {
            return try body()
        } catch {
            return [.loadFailed(describe(error))]
        }
    }

    static func describe(_ error: any Error) -> Localized {
        if let facing = error as? any OperatorFacingError { return facing.message }
        return Localized(ru: "Ошибка базы данных: \(error)", en: "Database error: \(error)")
    }
}
