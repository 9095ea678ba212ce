import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk report quarter 2026Q4 [--page P] [--format md|csv|json]`.
struct ReportQuarterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarter",
        abstract: "The quarterly figures per page and overall: requests by type and channel, answers within the deadline, response times, overdue items, templates, blocks, escalations, administrators.",
        discussion: """
            A request is a reader's incoming message that started a reply clock, with what followed \
            it until the reply; it belongs to the quarter it arrived in. Response times are the \
            department's open time from arrival to the first reply; median and 90th percentile by \
            nearest rank. The Markdown is in Russian unless --lang en is given. A coordinator gets \
            the pages they coordinate; the curator gets every page.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The quarter, e.g. 2026Q4 (default: the current quarter).")
    var quarter: String?

    @Option(help: "Only this page (repeatable; default: every page you may report on).")
    var page: [String] = []

    @Option(help: "md (Markdown, default), csv or json.")
    var format: ReportFormat = .md

    func run() throws {
        try withContext(global) { context in
            let database = try context.openDatabase()
            let who = try ResolvedOperator.resolve(global, context: context, database: database)
            let pages = try ReportAccess.reportPages(requested: Set(page), by: who.staff)
            let period = try ReportArguments.quarter(quarter, database: database, now: context.now)
            let report: QuarterReport
            do {
                report = try QuarterFigures.report(database, quarter: period, pageIDs: pages, now: context.now)
            } catch let unknown as UnknownPage {
                throw CommandFailure(unknown.message, exitCode: CommandFailure.noInput)
            }
            switch format {
            case .md: print(QuarterReportMarkdown.render(report, language: ReportArguments.reportLanguage(global)), terminator: "")
            case .csv: print(QuarterReportCSV.render(report), terminator: "")
            case .json: print(try QuarterReportJSON.render(report))
            }
        }
    }
}
