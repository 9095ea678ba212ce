/// How one style role looks: colours (0–255, nil = the terminal's default) and attributes.
public struct Style: Equatable, Sendable {
    public enum Attribute: String, CaseIterable, Sendable {
        case bold, dim, underline, reverse, italic, standout
    }

    public var foreground: Int?
    public var background: Int?
    public var attributes: Set<Attribute>

    public init(foreground: Int? = nil, background: Int? = nil, attributes: Set<Attribute> = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    /// The same style without colours, for a terminal that has none.
    public var withoutColours: Style { Style(attributes: attributes) }

    public var usesColour: Bool { foreground != nil || background != nil }
}

/// A theme: for every style role, a style for 256-colour terminals and one for 8 colours.
public struct Theme: Equatable, Sendable {
    public let name: String
    public let rich: [StyleRole: Style]
    public let basic: [StyleRole: Style]

    public init(name: String, rich: [StyleRole: Style], basic: [StyleRole: Style]) {
        self.name = name
        self.rich = rich
        self.basic = basic
    }

    public enum Depth: Sendable {
        /// 256 colours.
        case rich
        /// 8 colours.
        case basic
        /// No colours at all: attributes only.
        case none
    }

    public func style(_ role: StyleRole, depth: Depth) -> Style {
        switch depth {
        case .rich: rich[role] ?? .plain
        case .basic: basic[role] ?? .plain
        case .none: (basic[role] ?? .plain).withoutColours
        }
    }
}
