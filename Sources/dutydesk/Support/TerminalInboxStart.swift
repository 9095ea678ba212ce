import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import DutyDeskTUI
import Foundation

/// `dutydesk` and `dutydesk --demo`: open the terminal inbox on the resolved database (on the
/// demo database, filled first, with --demo). Without a terminal, say so in one line.
struct TerminalInboxStart {
    let global: GlobalOptions
    let theme: String?

    func run(demo: Bool, defaultContext: RunContext) throws {
        let context = demo
            ? try RunContext(global, databasePath: DatabaseLocation.demo(besides: defaultContext.databasePath))
            : defaultContext
        let database = try context.openDatabase()
        if demo { try DemoCommand.fill(database, context: context) }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CommandFailure(Localized(
                ru: "экранному интерфейсу нужен терминал (ввод и вывод сейчас не терминал); текстом: dutydesk --db \(context.databasePath) inbox или dutydesk --db \(context.databasePath) snapshot --width 100 --height 30",
                en: "the inbox screen needs a terminal (standard input and output are not one); as text: dutydesk --db \(context.databasePath) inbox or dutydesk --db \(context.databasePath) snapshot --width 100 --height 30"))
        }
        let launch = try Self.launch(global: global, theme: theme, context: context, database: database)
        let status = try TUIApp.run(launch)
        if status != 0 { throw ExitCode(status) }
    }

    /// Everything the TUI (and `snapshot`) needs from the command line and the environment.
    static func launch(global: GlobalOptions, theme: String?, context: RunContext, database: DutyDeskDatabase) throws
        -> TUILaunch {
        let who = try ResolvedOperator.resolve(global, context: context, database: database)
        let probe = context.environment["DUTYDESK_BENCH_PROBE"].flatMap { $0.isEmpty ? nil : $0 }
        return TUILaunch(
            database: database, username: who.username, staff: who.staff, language: context.language,
            now: context.now, clockIsFixed: context.clockIsFixed,
            theme: try ThemeChoice.resolve(flag: theme, environment: context.environment),
            filterMemory: FilterMemory(path: FilterMemory.defaultPath(environment: context.environment)),
            timeZone: TimeZone.current, benchProbePath: probe,
            templatesFolder: try? TemplateLocation.resolve(explicit: nil, environment: context.environment))
    }
}
