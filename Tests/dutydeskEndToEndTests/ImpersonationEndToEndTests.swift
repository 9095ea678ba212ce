import Foundation
import Testing

/// `--as` on a real (non-demo) database, run as an ordinary user: refused with a clear line.
/// Needs root to switch to that user (setpriv), as CI has.
@Suite(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                "needs root and setpriv to run as an ordinary user"))
struct ImpersonationEndToEndTests {
    @Test func ordinaryUserCannotActAsSomeoneElse() throws {
        var dutydesk = try DutyDeskBinary()
        let file = try dutydesk.write(DeadlineEndToEndTests.organisation, to: "org.yaml")
        #expect(try dutydesk.run(["setup", "import", file]).status == 0)
        // The ordinary user must be able to read the file and its folder.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dutydesk.workspace.path)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: dutydesk.databasePath + suffix) {
            try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: dutydesk.databasePath + suffix)
        }
        dutydesk.environment["HOME"] = "/tmp"
        let result = try dutydesk.run(asNobody: ["whoami", "--as", "curator"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--as curator refused"), "\(result.stderr)")
    }
}

extension DutyDeskBinary {
    /// Runs as the `nobody` user through setpriv, dropping root.
    func run(asNobody arguments: [String]) throws -> Result {
        var wrapped = self
        wrapped.executable = "/usr/bin/setpriv"
        return try wrapped.run(["--reuid=65534", "--regid=65534", "--clear-groups", "--", Self.path] + arguments)
    }
}
