import Foundation

/// Remembers each operator's inbox filters between runs, in
/// `$XDG_STATE_HOME/dutydesk/state.json` (default ~/.local/state/dutydesk/state.json).
public struct FilterMemory: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public static func defaultPath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg + "/dutydesk/state.json" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state/dutydesk/state.json"
    }

    struct File: Codable {
        var filters: [String: InboxFilter] = [:]
    }

    public func filter(for username: String) -> InboxFilter? {
        read().filters[username]
    }

    /// Saves atomically (write a temporary file, then rename): a crash never leaves half a file.
    public func save(_ filter: InboxFilter, for username: String) throws {
        var file = read()
        file.filters[username] = filter
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(file)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    private func read() -> File {
        guard let data = FileManager.default.contents(atPath: path),
              let file = try? JSONDecoder().decode(File.self, from: data) else { return File() }
        return file
    }
}

extension InboxFilter.PageScope {
    /// Stored as "all", "mine" or "page:ID".
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        switch text {
        case "all": self = .all
        case "mine": self = .mine
        default: self = text.hasPrefix("page:") ? .page(String(text.dropFirst(5))) : .all
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .all: try container.encode("all")
        case .mine: try container.encode("mine")
        case .page(let id): try container.encode("page:" + id)
        }
    }
}
