import DutyDeskCore
import DutyDeskStore
import Foundation

/// What the `dutydesk` command hands to the TUI: the database, who is acting, the clock,
/// the language, the theme and where filters are remembered.
public struct TUILaunch: Sendable {
    public let database: DutyDeskDatabase
    public let username: String
    public let staff: Operator?
    public let language: Language
    public let now: Date
    public let clockIsFixed: Bool
    public let theme: Theme
    public let filterMemory: FilterMemory?
    public let timeZone: TimeZone
    /// DUTYDESK_BENCH_PROBE: a file to write start-up figures into, then quit (`bench tui`).
    public let benchProbePath: String?
    /// The reply-templates folder (templates and `rules.yaml`); nil: replies cannot be checked.
    public let templatesFolder: String?

    public init(database: DutyDeskDatabase, username: String, staff: Operator?, language: Language, now: Date,
                clockIsFixed: Bool, theme: Theme, filterMemory: FilterMemory?, timeZone: TimeZone = .current,
                benchProbePath: String? = nil, templatesFolder: String? = nil) {
        self.database = database
        self.username = username
        self.staff = staff
        self.language = language
        self.now = now
        self.clockIsFixed = clockIsFixed
        self.theme = theme
        self.filterMemory = filterMemory
        self.timeZone = timeZone
        self.benchProbePath = benchProbePath
        self.templatesFolder = templatesFolder
    }

    var session: Session {
        Session(username: username, staff: staff, language: language, clockIsFixed: clockIsFixed,
                localClock: LocalClock(timeZone: timeZone))
    }

    func initialState(size: ScreenSize) -> AppState {
        var state = AppState(size: size, session: session, now: now, filter: filterMemory?.filter(for: username) ?? InboxFilter())
        // A folder with problems still loads: `templates check` reports them; the picker shows what is usable.
        state.replies.templates = templatesFolder.flatMap { try? TemplateCatalog.load(folder: $0) }.map(TemplatesRef.init)
        return state
    }
}
