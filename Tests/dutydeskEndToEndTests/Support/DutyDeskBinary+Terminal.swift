import Foundation

/// The terminal program as the tmux tests run it: tmux's TERM, a zone of the demo's
/// departments, and its remembered filters and settings kept inside the test's workspace.
extension DutyDeskBinary {
    func terminalEnvironment(as user: String? = nil, zone: String = "Europe/Moscow") -> [String: String] {
        var environment = self.environment
        environment["TERM"] = "tmux-256color"
        environment["TZ"] = zone
        if let user { environment["DUTYDESK_USER"] = user }
        environment["XDG_STATE_HOME"] = workspace.path + "/state"
        environment["XDG_CONFIG_HOME"] = workspace.path + "/config"
        return environment
    }

    /// Starts dutydesk in a tmux of its own and waits for the inbox's first screen.
    func startTerminal(as user: String? = nil, arguments: [String] = [], zone: String = "Europe/Moscow",
                       extra: [String: String] = [:], width: Int = 100, height: Int = 30) throws -> TmuxSession {
        let environment = terminalEnvironment(as: user, zone: zone).merging(extra) { $1 }
        let session = try TmuxSession(command: [DutyDeskBinary.path] + arguments, environment: environment,
                                      width: width, height: height)
        try session.waitFor(text: "Enter open")
        return session
    }
}
