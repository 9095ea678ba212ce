import DutyDeskCore

/// Why the database could not be opened, in words the operator can act on.
public enum DatabaseOpenError: OperatorFacingError, Equatable {
    case cannotCreateFolder(path: String, reason: String)
    case cannotCreateFile(path: String, reason: String)
    /// The file was migrated by a newer dutydesk: this older program must not write to it.
    case newerSchema(path: String)

    public var message: Localized {
        switch self {
        case .cannotCreateFolder(let path, let reason):
            Localized(ru: "Не удалось создать папку базы данных \(path): \(reason)",
                      en: "Cannot create the database folder \(path): \(reason)")
        case .cannotCreateFile(let path, let reason):
            Localized(ru: "Не удалось создать файл базы данных \(path): \(reason)",
                      en: "Cannot create the database file \(path): \(reason)")
        case .newerSchema(let path):
            Localized(ru: "База данных \(path) создана более новой версией dutydesk; обновите программу.",
                      en: "The database \(path) was written by a newer dutydesk; please upgrade.")
        }
    }
}
