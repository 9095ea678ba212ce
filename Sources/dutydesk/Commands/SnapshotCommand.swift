import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import DutyDeskTUI

/// `dutydesk snapshot --width W --height H [--keys KEYS]`: the terminal inbox's screen as plain
/// text after the given keys, drawn by the same code as the terminal. Reads only.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print the inbox screen as plain text after the given keys (for tests and bug reports).",
        discussion: """
            Keys are written as for tmux send-keys: "j j Enter", "Down", "PageDown", "Escape", "C-l"; \
            a word that is not a key name is typed letter by letter ("/ Иван Enter"). The snapshot \
            never writes: opening an item here does not mark it read.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Screen width in terminal cells.")
    var width: Int = 100

    @Option(help: "Screen height in lines.")
    var height: Int = 30

    @Option(help: "Keys to press first, in tmux send-keys notation.")
    var keys: String = ""

    func run() throws {
        try withContext(global) { context in
            guard (1...1000).contains(width), (1...1000).contains(height) else {
                throw CommandFailure(Localized(ru: "--width и --height: от 1 до 1000", en: "--width and --height: from 1 to 1000"),
                                     exitCode: CommandFailure.usage)
            }
            let pressed: [Key]
            do {
                pressed = try KeyNotation.parse(keys)
            } catch let problem as KeyNotation.Problem {
                throw CommandFailure(Localized(ru: "--keys: непонятная клавиша «\(problem.word)»",
                                               en: "--keys: unknown key '\(problem.word)'"), exitCode: CommandFailure.usage)
            }
            let database = try context.openDatabase()
            let launch = try TerminalInboxStart.launch(global: global, theme: nil, context: context, database: database)
            print(try Snapshot.render(launch, size: ScreenSize(width: width, height: height), keys: pressed))
        }
    }
}
