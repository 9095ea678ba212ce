/// One thing wrong with an organisation, at a path in the organisation file's vocabulary
/// (`pages[2].department`), so that the file reader can point at the line and a TUI panel at
/// the field.
public struct OrganisationProblem: Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is: list items by index, mapping keys by name, e.g. `staff[0].roles.lib1-vk`.
    public let path: String
    public let message: Localized

    public init(path: String, message: Localized) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message.en)" }
}
