import Foundation

extension DutyDeskBinary {
    /// The repository's own `reply-templates` folder, the one the program ships with.
    static let shippedTemplates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("reply-templates").path

    /// A fresh demo database, acting as the demo's `demo` (coordinator of cbs-vk) with the
    /// shipped templates: the setting every reply test starts from.
    static func replyingAsDemo(now: String = "2026-12-01T11:30:00Z") throws -> DutyDeskBinary {
        var binary = try DutyDeskBinary(now: now)
        binary.environment["DUTYDESK_TEMPLATES"] = shippedTemplates
        binary.environment["DUTYDESK_USER"] = "demo"
        let demo = try binary.run(["demo"])
        guard demo.status == 0 else { throw DutyDeskBinary.Failure("demo failed: \(demo.stderr)") }
        return binary
    }
}
