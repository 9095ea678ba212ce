import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk audit sample --quarter 2026Q4 --per-page 10 [--seed N] [--format md|csv]`.
struct AuditSampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "A reproducible random sample of a quarter's answered requests per page, with the reader's text, the reply, the template and the response time (curator only).",
        discussion: """
            The same seed on the same database picks the same requests. Without --seed a seed is \
            drawn and printed with the sample, and the sample (quarter, seed, size) is recorded in \
            the audit log, so any sample can be drawn again.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The quarter, e.g. 2026Q4 (default: the current quarter).")
    var quarter: String?

    @Option(help: "How many answered requests to pick on each page.")
    var perPage = 10

    @Option(help: "The seed of the random choice (default: a new one, printed with the sample).")
    var seed: UInt64?

    @Option(help: "Only this page (repeatable; default: every page).")
    var page: [String] = []

    @Option(help: "md (Markdown, default) or csv.")
    var format: SampleFormat = .md

    func run() throws {
        try withContext(global) { context in
            guard perPage > 0 else {
                throw CommandFailure(Localized(ru: "--per-page: нужно число больше нуля", en: "--per-page: must be more than zero"),
                                     exitCode: CommandFailure.usage)
            }
            let database = try context.openDatabase()
            let who = try ResolvedOperator.resolve(global, context: context, database: database)
            try AccessPolicy.check(.audit, page: nil, by: who.staff)
            let period = try ReportArguments.quarter(quarter, database: database, now: context.now)
            let chosenSeed = seed ?? UInt64.random(in: 1...999_999_999)
            let sample: AuditSample
            do {
                sample = try database.reader.read { db in
                    try AuditSampleQuery.sample(db, quarter: period, perPage: perPage, seed: chosenSeed,
                                                pageIDs: page.isEmpty ? nil : Set(page), now: context.now)
                }
            } catch let unknown as UnknownPage {
                throw CommandFailure(unknown.message, exitCode: CommandFailure.noInput)
            }
            // The audit of the audit: which sample was drawn, so it can be drawn again.
            _ = try database.writer.write { db in
                try AuditLog.append(db, actor: who.username, action: "audit.sample", details: [
                    "quarter": period.description, "seed": String(chosenSeed), "per_page": String(perPage),
                    "pages": page.isEmpty ? "*" : page.sorted().joined(separator: ","),
                ], at: Int64(context.now.timeIntervalSince1970))
            }
            switch format {
            case .md: print(AuditSampleMarkdown.render(sample, language: ReportArguments.reportLanguage(global)), terminator: "")
            case .csv: print(AuditSampleCSV.render(sample), terminator: "")
            }
        }
    }
}
