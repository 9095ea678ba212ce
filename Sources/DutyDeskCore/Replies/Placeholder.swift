/// What may stand between `{{` and `}}` in a template body:
///
/// - a context value the item supplies, such as `{{reader.first_name}}`;
/// - `{{ask:Дата возврата}}`, a field the administrator must fill before sending;
/// - `{{include:greeting}}`, the body of another template.
///
/// Spaces inside the braces are allowed (`{{ reader.first_name }}`); nothing else is.
public enum Placeholder: Sendable, Hashable {
    case context(ContextKey)
    case ask(String)
    case include(String)

    static let askPrefix = "ask:"
    static let includePrefix = "include:"

    /// Reads the text between the braces; nil when it names nothing dutydesk knows.
    public init?(inner: String) {
        let trimmed = inner.trimmingWhitespace()
        if trimmed.hasPrefix(Self.askPrefix) {
            let label = String(trimmed.dropFirst(Self.askPrefix.count)).trimmingWhitespace()
            guard !label.isEmpty else { return nil }
            self = .ask(label)
        } else if trimmed.hasPrefix(Self.includePrefix) {
            let id = String(trimmed.dropFirst(Self.includePrefix.count)).trimmingWhitespace()
            guard !id.isEmpty else { return nil }
            self = .include(id)
        } else if let key = ContextKey(rawValue: trimmed) {
            self = .context(key)
        } else {
            return nil
        }
    }

    /// The canonical spelling, as an unfilled placeholder is left in the reply text.
    public var written: String {
        switch self {
        case .context(let key): "{{\(key.rawValue)}}"
        case .ask(let label): "{{ask:\(label)}}"
        case .include(let id): "{{include:\(id)}}"
        }
    }

    /// The name a value is given under (`--set NAME=VALUE`), compared without case.
    public var fieldName: String? {
        switch self {
        case .context(let key): key.rawValue
        case .ask(let label): label
        case .include: nil
        }
    }
}

/// The values an item supplies to a template. Adding one is a code change on purpose: each
/// needs a source of truth in the database and a test.
public enum ContextKey: String, Sendable, CaseIterable, Hashable {
    /// The first word of the author's display name, e.g. «Анна».
    case readerFirstName = "reader.first_name"
    /// The author's display name as the platform gives it.
    case readerName = "reader.name"
    case pageName = "page.name"
    case pageURL = "page.url"
    case departmentName = "department.name"
    /// Today's opening hours, e.g. «10:00–21:00», or why the department is closed today.
    case departmentHoursToday = "department.hours_today"
    /// When the department next opens, e.g. «завтра, 10 ноября, в 11:00».
    case departmentNextOpen = "department.next_open"
    /// The weekly hours, e.g. «пн–пт 10:00–21:00; сб 10:00–20:00; вс — выходной».
    case departmentHoursWeek = "department.hours_week"
    /// The monthly sanitary day, e.g. «последний четверг месяца».
    case departmentSanitaryDay = "department.sanitary_day"
    /// Today's date in the department's time zone, e.g. «9 ноября».
    case today = "date.today"
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
