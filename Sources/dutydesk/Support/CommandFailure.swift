import ArgumentParser
import DutyDeskCore
import Foundation

/// A refusal or bad input, told in one line in the operator's language, with its exit code.
struct CommandFailure: Error {
    let message: Localized
    let exitCode: Int32

    init(_ message: Localized, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    /// sysexits: 64 usage, 65 bad data, 66 no input, 77 no permission.
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let noPermission: Int32 = 77
}

extension ParsableCommand {
    /// The body of every command: builds the run context from the global options and reports
    /// any failure, including a bad global option, as one line in the operator's language.
    func withContext(_ global: GlobalOptions, _ body: (RunContext) throws -> Void) throws {
        let language = global.lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
        try reportingFailures(language: language) {
            try body(try RunContext(global))
        }
    }

    /// Runs a command body, turning every operator-facing error into one line on stderr and a
    /// non-zero exit, so scripts see a clean failure and people see a sentence, not a dump.
    func reportingFailures(language: @autoclosure () -> Language, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            printError("dutydesk: " + failure.message.text(language()))
            throw ExitCode(failure.exitCode)
        } catch let denied as AccessDenied {
            printError("dutydesk: " + denied.message.text(language()))
            throw ExitCode(CommandFailure.noPermission)
        } catch let facing as any OperatorFacingError {
            printError("dutydesk: " + facing.message.text(language()))
            throw ExitCode(1)
        }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
