import DutyDeskCore

/// A key binding that carries its own help: the footer and the `?` overlay are generated
/// from these values, so they can never disagree with what the keys do.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// How the keys are written in help, when the default ("↑/k") would be clumsy.
    public let keysLabel: String?
    /// A word or two for the footer.
    public let hint: Localized
    /// A sentence for the help overlay.
    public let help: Localized
    public let command: Command
    public let inFooter: Bool
    /// The footer may name a pair of bindings at once ("↑↓/jk move").
    public let footerKeysLabel: String?

    public init(_ keys: [Key], label: String? = nil, hint: Localized, help: Localized, _ command: Command,
                footer: Bool = false, footerLabel: String? = nil) {
        self.keys = keys
        self.keysLabel = label
        self.hint = hint
        self.help = help
        self.command = command
        self.inFooter = footer
        self.footerKeysLabel = footerLabel
    }

    public var label: String { keysLabel ?? keys.map(\.label).joined(separator: "/") }
    public var footerLabel: String { footerKeysLabel ?? label }
}
