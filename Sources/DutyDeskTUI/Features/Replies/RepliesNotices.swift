import DutyDeskCore

/// The replies feature's error notices. They fade like every notice, and one that is still
/// showing is taken away as soon as a reply form opens or closes: a refusal about one item
/// must not sit under the picker for the next one, as if it were about that.
enum RepliesNotices {
    static func error(_ message: Localized, _ state: inout AppState) {
        let notice = Notice(message, role: .error, at: state.uptime)
        state.notice = notice
        state.replies.lastError = notice
    }

    /// Clears the feature's own last error, never another feature's notice.
    static func clearOwnError(_ state: inout AppState) {
        if let shown = state.notice, shown == state.replies.lastError { state.notice = nil }
        state.replies.lastError = nil
    }
}
