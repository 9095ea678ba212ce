/// What the duty feature keeps between frames: its panel (duty) and any form it has open.
public struct DutyUIState: Sendable {
    public init() {}
}
