import Foundation

/// Ctrl-E in the composer: the text goes into a temporary file, `$VISUAL` (else `$EDITOR`,
/// else `vi`) edits it on the terminal, and the file comes back. The editor command goes
/// through the shell, as git does it, so `EDITOR="code --wait"` works.
enum ExternalEditor {
    static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// The edited text, or nil when the file could not be written or read or the editor failed.
    static func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("dutydesk-reply-\(getpid())-\(UUID().uuidString).txt")
        // Editors expect a final line break; it is taken away again below.
        guard (try? Data((text + "\n").utf8).write(to: file)) != nil else { return nil }
        defer { try? FileManager.default.removeItem(at: file) }
        let status = run(command(environment: environment) + " " + quoted(file.path))
        guard status == 0, let data = try? Data(contentsOf: file), var edited = String(data: data, encoding: .utf8) else {
            return nil
        }
        if edited.hasSuffix("\n") { edited.removeLast() }
        return edited
    }

    /// Runs through /bin/sh in the foreground process group, which the editor needs to read the
    /// terminal (a child in a new process group would be stopped by SIGTTIN).
    static func run(_ command: String) -> Int32 {
        let status = system(command)
        guard status != -1 else { return -1 }
        return (status >> 8) & 0xFF
    }

    static func quoted(_ path: String) -> String {
        "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
