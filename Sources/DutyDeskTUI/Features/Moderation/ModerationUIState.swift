/// What the moderation feature keeps between frames: its panel (blocks) and any form it has open.
public struct ModerationUIState: Sendable {
    public init() {}
}
