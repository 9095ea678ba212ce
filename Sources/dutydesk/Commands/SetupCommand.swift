import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk setup import FILE` / `dutydesk setup export`: the organisation as a YAML file.
struct SetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup",
        abstract: "Load or write the organisation: departments, calendars, pages, staff.",
        subcommands: [SetupImportCommand.self, SetupExportCommand.self])
}

struct SetupImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load the organisation from a YAML file; an invalid file is refused whole.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The organisation file (YAML).")
    var file: String

    func run() throws {
        try withContext(global) { context in
            // Read and validate before touching the database, so a bad file changes nothing.
            let organisation: Organisation
            do {
                organisation = try OrganisationFileReader.read(fileAtPath: file)
            } catch let error as OrganisationFileError {
                // The first problem on the first line, as every command reports; the rest below it.
                printError("dutydesk: " + error.message.text(context.language))
                for problem in error.problems.dropFirst() {
                    printError("  " + problem.message.text(context.language))
                }
                throw ExitCode(CommandFailure.dataError)
            }
            let database = try context.openDatabase()
            let who = try ResolvedOperator.resolve(global, context: context, database: database)
            let summary = try database.writer.write { db in
                // Bootstrap: on a database with no staff yet, anyone may import.
                if try OperatorDirectory.hasStaff(db) {
                    try AccessPolicy.check(.importOrganisation, page: nil, by: who.staff)
                }
                return try OrganisationImport.apply(organisation, to: db, actor: who.username, at: context.now)
            }
            print(Localized(
                ru: "Загружено из \(file): отделов \(summary.departments), страниц \(summary.pages), сотрудников \(summary.staff)"
                    + (summary.deactivatedStaff > 0 ? ", выбыло \(summary.deactivatedStaff)" : "") + ".",
                en: "Imported \(file): \(summary.departments) departments, \(summary.pages) pages, \(summary.staff) staff"
                    + (summary.deactivatedStaff > 0 ? ", \(summary.deactivatedStaff) deactivated" : "") + ".")
                .text(context.language))
        }
    }
}

struct SetupExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the organisation as YAML to standard output or a file.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        try withContext(global) { context in
            let database = try context.openDatabase()
            let text = OrganisationFileWriter.text(for: try database.reader.read(OrganisationExport.read))
            if let output {
                do {
                    try text.write(toFile: output, atomically: true, encoding: .utf8)
                } catch {
                    throw CommandFailure(Localized(ru: "\(output): не удаётся записать: \(error.localizedDescription)",
                                                   en: "\(output): cannot write: \(error.localizedDescription)"))
                }
            } else {
                print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            }
        }
    }
}
