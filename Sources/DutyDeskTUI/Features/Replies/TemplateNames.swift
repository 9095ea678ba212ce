import DutyDeskCore
import DutyDeskStore

/// Templates as people know them: by title. The id shows only for a template the catalog no
/// longer has (renamed or removed since the reply was written).
enum TemplateNames {
    static func titles(_ ids: [String], in catalog: TemplateCatalog?) -> String {
        ids.map { id in catalog?.library[id].map { TerminalSafeText.line($0.title) } ?? id }.joined(separator: ", ")
    }
}
