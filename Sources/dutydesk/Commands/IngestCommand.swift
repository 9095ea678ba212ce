import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

extension IngestFormat: ExpressibleByArgument {}

/// `dutydesk ingest [--format vk|telegram|auto] [--page PAGE] [--follow] [FILE|-]`: stores VK and
/// Telegram events, one JSON object per line, in the inbox.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store VK and Telegram events (one JSON object per line) in the inbox.",
        discussion: """
            Every good line is stored; a bad line is reported on standard error with its line \
            number and reason, kept in the quarantine table, and makes the exit status 65. \
            Ingesting the same events again changes nothing. The last line of output is \
            "ingested N, duplicates D, rejected R".
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The events' format: vk, telegram, or auto (decided line by line).")
    var format: IngestFormat = .auto

    @Option(help: "The page of every event; required for Telegram private chats (the page's bot).")
    var page: String?

    @Flag(help: "Keep reading the file as it grows (like tail -F) until SIGINT or SIGTERM.")
    var follow = false

    @Argument(help: "The file of events, or - for standard input.")
    var file = "-"

    func run() throws {
        try withContext(global) { context in try ingest(context) }
    }

    private func ingest(_ context: RunContext) throws {
        let database = try context.openDatabase()
        let session: IngestSession
        do {
            session = try IngestSession(database: database, options: options(context))
        } catch let problem as UnknownPage {
            throw CommandFailure(problem.message, exitCode: CommandFailure.usage)
        } catch let problem as IngestSetupProblem {
            throw CommandFailure(problem.message, exitCode: CommandFailure.usage)
        }
        let stop = StopRequest()
        let signals = SignalStop(stop)
        defer { withExtendedLifetime(signals) {} }
        let source = try openSource(stop: stop)
        let language = context.language
        let counts: IngestCounts
        do {
            counts = try session.run(source) { (line: RejectedLine) in
                printError(Self.rejectionText(line, language: language))
            }
        } catch {
            // What was stored stays stored; say how far it got, then why it stopped.
            print(session.counts.summaryLine)
            throw CommandFailure(Localized(
                ru: "ingest остановлен: \(error). Сохранённое сохранено; повторный запуск добавит остальное.",
                en: "ingest stopped: \(error). What was stored stays; running it again stores the rest."),
                exitCode: 74)
        }
        try session.recordRun(counts, stopped: stop.isRequested)
        print(counts.summaryLine)
        if counts.rejected > 0 { throw ExitCode(CommandFailure.dataError) }
    }

    /// The run's options; the clock is fixed when --now or DUTYDESK_NOW fixes it, else real.
    private func options(_ context: RunContext) -> IngestOptions {
        let fixedNow = Int64(context.now.timeIntervalSince1970)
        let clock: @Sendable () -> Int64
        if context.clockIsFixed {
            clock = { fixedNow }
        } else {
            clock = { Int64(Foundation.Date().timeIntervalSince1970) }
        }
        return IngestOptions(format: format, pageID: page, source: file, actor: SystemIdentity.username,
                             follow: follow, clock: clock)
    }

    private func openSource(stop: StopRequest) throws -> any LineSource {
        if file == "-" {
            return DescriptorLineSource(descriptor: STDIN_FILENO, path: "-", closeWhenDone: false, stop: stop)
        }
        do {
            if follow { return try FollowedFileLines(path: file, stop: stop) }
            return try DescriptorLineSource.open(path: file, stop: stop)
        } catch let error as LineSourceError {
            throw CommandFailure(Localized(ru: "\(file): не удаётся открыть: \(error.reason)",
                                           en: "\(file): cannot open: \(error.reason)"),
                                 exitCode: CommandFailure.noInput)
        }
    }

    /// `events.jsonl:17: rejected: <reason>`. The reason can quote the event (its type), so it
    /// goes through TerminalSafeText like any text that came from outside.
    static func rejectionText(_ line: RejectedLine, language: Language) -> String {
        let word = Localized(ru: "отклонена", en: "rejected").text(language)
        return TerminalSafeText.line("\(line.source):\(line.lineNumber): \(word): \(line.reason.message.text(language))")
    }
}
