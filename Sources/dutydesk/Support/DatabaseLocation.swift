import Foundation

/// Where the inbox database lives when nobody says otherwise (XDG base directories).
enum DatabaseLocation {
    static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["DUTYDESK_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        return dataDirectory(environment: environment) + "/dutydesk.sqlite"
    }

    /// The demo database sits beside the default one, so `--demo` never touches real data.
    static func demo(besides path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "." : folder) + "/dutydesk-demo.sqlite"
    }

    static func dataDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/dutydesk" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/dutydesk"
    }
}
