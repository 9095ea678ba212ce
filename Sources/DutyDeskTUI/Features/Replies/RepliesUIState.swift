/// What the replies feature keeps between frames: its panel (outbox) and any form it has open.
public struct RepliesUIState: Sendable {
    public init() {}
}
