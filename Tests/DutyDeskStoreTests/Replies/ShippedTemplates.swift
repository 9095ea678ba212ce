import Foundation
@testable import DutyDeskStore

/// The repository's own `reply-templates/`, found from this file's path, so that CI checks
/// exactly what ships.
enum ShippedTemplates {
    static let folder: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("reply-templates").path

    static let catalog: TemplateCatalog = try! TemplateCatalog.load(folder: folder)
}
