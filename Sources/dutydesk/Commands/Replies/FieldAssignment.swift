import ArgumentParser
import DutyDeskCore

/// `--set "Дата возврата=12 декабря"`: a field name and its value, split at the first `=`.
struct FieldAssignment: ExpressibleByArgument {
    let name: String
    let value: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        name = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        value = String(argument[argument.index(after: equals)...])
        guard !name.isEmpty else { return nil }
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

/// Wrappers rather than conformances of the Core enums themselves, so that another command
/// adding its own conformance can never collide with these.
struct CategoryArgument: ExpressibleByArgument {
    let category: RequestCategory
    init?(argument: String) {
        guard let category = RequestCategory(rawValue: argument) else { return nil }
        self.category = category
    }
    static var allValueStrings: [String] { RequestCategory.allCases.map(\.rawValue) }
}

struct ChannelArgument: ExpressibleByArgument {
    let channel: ItemKind
    init?(argument: String) {
        guard let channel = ItemKind(rawValue: argument) else { return nil }
        self.channel = channel
    }
    static var allValueStrings: [String] { ItemKind.allCases.map(\.rawValue) }
}
