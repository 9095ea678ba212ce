import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `--templates DIR`, shared by every command that reads the approved templates.
struct TemplatesOption: ParsableArguments {
    @Option(name: .customLong("templates"),
            help: "The reply-templates folder (default: $DUTYDESK_TEMPLATES, else reply-templates beside the program's package, else /usr/share/dutydesk/reply-templates).")
    var folder: String?

    /// Loads the catalog; a catalog with problems still loads (they are reported by
    /// `templates check`), but the caller is told on stderr, once.
    func catalog(_ context: RunContext, warnAboutProblems: Bool = true) throws -> TemplateCatalog {
        let path = try TemplateLocation.resolve(explicit: folder, environment: context.environment)
        let catalog = try TemplateCatalog.load(folder: path)
        if warnAboutProblems, !catalog.problems.isEmpty {
            printError("dutydesk: " + Localized(
                ru: "в папке шаблонов \(path) есть ошибки (\(catalog.problems.count)); подробности: dutydesk templates check",
                en: "the templates folder \(path) has problems (\(catalog.problems.count)); see: dutydesk templates check")
                .text(context.language))
        }
        return catalog
    }
}

/// Where dutydesk finds `reply-templates/` at run time: the option, the environment, the
/// folder beside the package the program was built in (so `swift run` and tests find the
/// repository's own), then the system-wide install.
enum TemplateLocation {
    static let folderName = "reply-templates"
    static let systemFolder = "/usr/share/dutydesk/reply-templates"

    static func resolve(explicit: String?, environment: [String: String],
                        executable: URL? = executableURL()) throws -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["DUTYDESK_TEMPLATES"], !fromEnvironment.isEmpty { return fromEnvironment }
        var tried: [String] = []
        if let executable {
            var folder = executable.deletingLastPathComponent()
            while folder.path != "/" {
                let candidate = folder.appendingPathComponent(folderName).path
                if isFolder(candidate) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
            tried.append(executable.deletingLastPathComponent().path + " …/" + folderName)
        }
        if isFolder(systemFolder) { return systemFolder }
        tried.append(systemFolder)
        throw CommandFailure(Localized(
            ru: "Папка шаблонов ответов не найдена (искали: \(tried.joined(separator: "; "))). Укажите --templates DIR или DUTYDESK_TEMPLATES.",
            en: "No reply-templates folder found (looked in: \(tried.joined(separator: "; "))). Pass --templates DIR or set DUTYDESK_TEMPLATES."),
            exitCode: CommandFailure.noInput)
    }

    /// The running program, symlinks resolved (`/proc/self/exe` on Linux).
    static func executableURL() -> URL? {
        let procLink = "/proc/self/exe"
        if FileManager.default.fileExists(atPath: procLink) {
            return URL(fileURLWithPath: procLink).resolvingSymlinksInPath()
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
