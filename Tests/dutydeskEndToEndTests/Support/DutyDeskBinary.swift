import Foundation

/// Runs the real, built `dutydesk` binary, as a user or a script would, in a pinned environment.
struct DutyDeskBinary {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// `swift test` builds the executable next to the test bundle.
    static let path: String = {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        // On Linux the test binary is `<build>/debug/dutydeskPackageTests.xctest`.
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("dutydesk").path),
              folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("dutydesk").path
    }()

    let workspace: TemporaryFolder
    var environment: [String: String]
    /// The program to start: dutydesk itself, or a wrapper that starts it.
    var executable = DutyDeskBinary.path

    init(now: String = "2026-11-09T12:00:00Z", language: String = "C.UTF-8") throws {
        workspace = try TemporaryFolder()
        environment = [
            "PATH": "/usr/bin:/bin",
            "HOME": workspace.path,
            "XDG_DATA_HOME": workspace.path + "/data",
            "DUTYDESK_DB": workspace.path + "/dutydesk.sqlite",
            "DUTYDESK_NOW": now,
            "LANG": language,
            "TZ": "UTC",
        ]
    }

    var databasePath: String { environment["DUTYDESK_DB"]! }

    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.path)
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a chatty process cannot block on a full pipe.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    func write(_ text: String, to name: String) throws -> String {
        let path = workspace.path + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func json(_ arguments: [String]) throws -> Any {
        let result = try run(arguments)
        guard result.status == 0 else {
            throw Failure("dutydesk \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
