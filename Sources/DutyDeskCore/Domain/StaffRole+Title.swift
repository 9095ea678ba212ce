extension StaffRole {
    /// The role as staff call it, for sentences shown to people; the raw value stays the code
    /// of the organisation file and the database.
    public var title: Localized {
        switch self {
        case .admin: Localized(ru: "администратор", en: "administrator")
        case .coordinator: Localized(ru: "координатор", en: "coordinator")
        case .curator: Localized(ru: "куратор", en: "curator")
        case .head: Localized(ru: "заведующий отделом", en: "head of department")
        }
    }
}
