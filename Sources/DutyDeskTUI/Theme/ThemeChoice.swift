import DutyDeskCore
import Foundation

/// Which theme to use: `--theme NAME`, else `theme = NAME` in the config file, else
/// monochrome when NO_COLOR is set, else "default". (no-color.org: an explicit choice by the
/// user, on the command line or in a config file, outranks NO_COLOR.)
public enum ThemeChoice {
    public struct Unknown: OperatorFacingError, Equatable {
        public let name: String
        public let searched: String

        public var message: Localized {
            let known = BuiltInThemes.names.joined(separator: ", ")
            return Localized(ru: "Тема «\(name)» не найдена (встроенные: \(known); свои — в \(searched))",
                             en: "Theme '\(name)' not found (built in: \(known); your own go in \(searched))")
        }
    }

    public static func resolve(flag: String?, environment: [String: String]) throws -> Theme {
        let config = UserConfig.load(environment: environment)
        if let flag, !flag.isEmpty { return try load(flag, environment: environment) }
        if let configured = config.theme { return try load(configured, environment: environment) }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return try load("monochrome", environment: environment) }
        return try load("default", environment: environment)
    }

    /// A name (user theme folder first, then built in) or a path to a theme file.
    public static func load(_ nameOrPath: String, environment: [String: String]) throws -> Theme {
        let folder = UserConfig.folder(environment: environment) + "/themes"
        if nameOrPath.contains("/") {
            return try parseFile(nameOrPath, name: (nameOrPath as NSString).lastPathComponent)
        }
        let userFile = folder + "/" + nameOrPath + ".theme"
        if FileManager.default.fileExists(atPath: userFile) {
            return try parseFile(userFile, name: nameOrPath)
        }
        guard let text = BuiltInThemes.text(nameOrPath) else { throw Unknown(name: nameOrPath, searched: folder) }
        return try ThemeParser.parse(text, name: nameOrPath, file: "themes/\(nameOrPath).theme")
    }

    static func parseFile(_ path: String, name: String) throws -> Theme {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Unknown(name: path, searched: (path as NSString).deletingLastPathComponent)
        }
        return try ThemeParser.parse(text, name: name, file: path)
    }
}

/// `$XDG_CONFIG_HOME/dutydesk/config`: `key = value` lines, `#` comments. Unknown keys are
/// ignored, so an older dutydesk can read a newer file.
public struct UserConfig: Equatable, Sendable {
    public var theme: String?

    public static func folder(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/dutydesk" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/dutydesk"
    }

    public static func load(environment: [String: String]) -> UserConfig {
        let path = folder(environment: environment) + "/config"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return UserConfig() }
        return parse(text)
    }

    public static func parse(_ text: String) -> UserConfig {
        var config = UserConfig()
        for line in text.split(separator: "\n") {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let parts = content.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else { continue }
            if parts[0] == "theme" { config.theme = parts[1] }
        }
        return config
    }
}
