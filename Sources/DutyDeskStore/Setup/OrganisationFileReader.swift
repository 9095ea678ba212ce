import DutyDeskCore
import Foundation
import Yams

/// Reads an organisation file (spec: "The organisation") into an `Organisation`, or refuses it
/// whole with every problem found, each at its line.
///
/// The text is composed into a YAML node tree rather than decoded with `Codable`, because the
/// nodes keep their line numbers and let unknown keys be seen; then `Organisation.validate()`
/// judges the values, and its problems are pointed at the lines the paths were read from.
public enum OrganisationFileReader {
    static let topLevelKeys = ["timezone", "departments", "pages", "staff"]

    /// Reads the file at `path`; the error names the file as `path` was given.
    public static func read(fileAtPath path: String) throws(OrganisationFileError) -> Organisation {
        func refuse(_ problem: Localized) -> OrganisationFileError {
            OrganisationFileError(problems: [OrganisationFileProblem(file: path, line: 0, column: 0, path: "", problem: problem)])
        }
        // The usual reasons are told in the operator's language; Foundation's wording is English only.
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw refuse(OrganisationFileText.noSuchFile)
        }
        guard !isDirectory.boolValue else { throw refuse(OrganisationFileText.isADirectory) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw refuse(OrganisationFileText.notReadable) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw refuse(OrganisationFileText.cannotRead(error.localizedDescription))
        }
        guard let text = String(data: data, encoding: .utf8) else { throw refuse(OrganisationFileText.notUTF8) }
        return try read(text: text, fileName: path)
    }

    /// Reads organisation text; `fileName` is only used to name the file in problems.
    public static func read(text: String, fileName: String) throws(OrganisationFileError) -> Organisation {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            let syntax = YAMLSyntaxProblem(error, text: text)
            throw OrganisationFileError(problems: [
                OrganisationFileProblem(file: fileName, line: syntax.line, column: syntax.column, path: "",
                                        problem: syntax.message),
            ])
        }
        guard let root, !root.isNull else {
            throw OrganisationFileError(problems: [
                OrganisationFileProblem(file: fileName, line: 1, column: 1, path: "", problem: OrganisationFileText.empty),
            ])
        }
        let log = ReadingLog()
        let organisation = readOrganisation(root, log: log)
        var found = log.found
        for problem in organisation.validate() where !log.hasProblem(inItemOf: problem.path) {
            let position = log.position(of: problem.path)
            found.append(ReadingLog.Found(line: position.line, column: position.column,
                                          path: problem.path, message: problem.message))
        }
        guard found.isEmpty else {
            throw OrganisationFileError(problems: found.map {
                OrganisationFileProblem(file: fileName, line: $0.line, column: $0.column, path: $0.path, problem: $0.message)
            })
        }
        return organisation
    }

    private static func readOrganisation(_ root: Node, log: ReadingLog) -> Organisation {
        guard let fields = MappingFields(root, path: "", allowed: topLevelKeys, log: log) else {
            return Organisation()
        }
        let defaultTimeZone = fields.optional("timezone").flatMap { log.text($0, path: "timezone") }
            ?? Organisation.standardTimeZone
        let departments = readList(fields, "departments", log: log) { node, path in
            DepartmentEntry.read(node, path: path, defaultTimeZone: defaultTimeZone, log: log)
        }
        let pages = readList(fields, "pages", log: log) { node, path in PageEntry.read(node, path: path, log: log) }
        let staff = readList(fields, "staff", log: log) { node, path in StaffEntry.read(node, path: path, log: log) }
        return Organisation(defaultTimeZone: defaultTimeZone, departments: departments, pages: pages, staff: staff)
    }

    /// One entry per item, placeholders included, so that an index in a validation path is the
    /// index in the file.
    private static func readList<Entry>(_ fields: MappingFields, _ key: String, log: ReadingLog,
                                        entry: (Node, String) -> Entry) -> [Entry] {
        guard let node = fields.optional(key), let items = log.items(node, path: key) else { return [] }
        return items.enumerated().map { index, item in
            let path = FilePath.index(key, index)
            log.remember(path, at: item)
            return entry(item, path)
        }
    }
}
