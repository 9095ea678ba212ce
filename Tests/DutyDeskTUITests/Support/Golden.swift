import Foundation
import Testing

/// Screens compared with text files in Golden/. DUTYDESK_UPDATE_GOLDEN=1 rewrites them
/// (then read the diff before committing).
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name + ".txt")
        let expected = try? String(contentsOf: file, encoding: .utf8)
        if ProcessInfo.processInfo.environment["DUTYDESK_UPDATE_GOLDEN"] == "1" || expected == nil {
            try (text + "\n").write(to: file, atomically: true, encoding: .utf8)
            if expected == nil {
                Issue.record("golden \(name).txt did not exist; written — check it", sourceLocation: sourceLocation)
            }
            return
        }
        #expect(text + "\n" == expected, "screen differs from Golden/\(name).txt:\n\(text)", sourceLocation: sourceLocation)
    }
}
