import DutyDeskCore
import DutyDeskStore
import Foundation

/// What a command runs with: the resolved database path, the clock, the language and the
/// operator. Built once per command from the global options and the environment.
struct RunContext {
    let environment: [String: String]
    let databasePath: String
    let now: Date
    /// True when --now or DUTYDESK_NOW pinned `now` (tests, demos): the clock does not move.
    let clockIsFixed: Bool
    let language: Language

    init(_ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment,
         databasePath overridePath: String? = nil) throws {
        self.environment = environment
        language = options.lang ?? Language.fromEnvironment(environment)
        databasePath = overridePath ?? DatabaseLocation.resolve(explicit: options.db, environment: environment)
        let clockText = options.now ?? environment["DUTYDESK_NOW"]
        if let clockText, !clockText.isEmpty {
            guard let fixed = ISOInstant.parse(clockText) else {
                throw CommandFailure(Localized(
                    ru: "--now: «\(clockText)» — не дата и время ISO 8601 (например 2026-11-09T15:00:00+03:00)",
                    en: "--now: '\(clockText)' is not an ISO 8601 date and time (e.g. 2026-11-09T15:00:00+03:00)"))
            }
            now = fixed
            clockIsFixed = true
        } else {
            now = Date()
            clockIsFixed = false
        }
    }

    func openDatabase() throws -> DutyDeskDatabase {
        do {
            return try DutyDeskDatabase.open(path: databasePath)
        } catch let error as any OperatorFacingError {
            throw error
        } catch {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: databasePath, isDirectory: &isFolder), isFolder.boolValue {
                throw CommandFailure(Localized(ru: "База данных \(databasePath): это папка, а не файл базы",
                                               en: "Database \(databasePath): is a folder, not a database file"),
                                     exitCode: CommandFailure.noInput)
            }
            throw CommandFailure(Localized(
                ru: "База данных \(databasePath): не удаётся открыть (\(error)). Это файл базы dutydesk?",
                en: "Database \(databasePath): cannot open (\(error)). Is it a dutydesk database file?"),
                exitCode: CommandFailure.noInput)
        }
    }
}
